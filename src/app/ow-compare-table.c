/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Compare view's grid: sticky headers, two-way scrolling, keyboard. */
#define G_LOG_DOMAIN "ow-compare-table"

#include "config.h"

#include "ow-compare-table.h"

/* Column widths, in application pixels.  The row labels take what they need
 * within LABEL_MIN..LABEL_MAX (longer ones wrap).  Every offer column has
 * the same width, so figures line up from column to column: the widest
 * figure or COLUMN_MIN, widened for the headers up to HEADER_MAX, and
 * widened further up to FILL_MAX when the window has room to spare. */
#define LABEL_MIN  136
#define LABEL_MAX  240
#define COLUMN_MIN 136
#define HEADER_MAX 190
#define FILL_MAX   240

struct _OwCompareTable
{
  GtkWidget      parent_instance;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;

  guint          n_columns;
  guint          n_rows;
  GtkWidget    **cells;      /* n_rows × n_columns; a heading sits at column 0 */
  gboolean      *headings;   /* n_rows: the row is one heading across the table */

  /* The selected offer's column is tinted by this child, drawn first. */
  GtkWidget     *highlight;
  int            highlight_column;

  /* The last allocation's layout, in content coordinates. */
  gboolean       layout_valid;
  int           *column_x;
  int           *column_width;
  int           *row_y;
  int           *row_height;
  int            content_width;
  int            content_height;

  /* The keyboard cursor: the cell Tab enters the grid at.  The column is
   * remembered across heading rows, which have only one cell. */
  guint          cursor_column;
  guint          cursor_row;
};

static void ow_compare_table_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OwCompareTable, ow_compare_table, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      ow_compare_table_scrollable_init))

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

static GQuark position_quark;

static void
ow_compare_table_scrollable_init (GtkScrollableInterface *iface)
{
}

static inline GtkWidget *
cell_at (OwCompareTable *self,
         guint           column,
         guint           row)
{
  g_assert (column < self->n_columns && row < self->n_rows);
  return self->cells[row * self->n_columns + column];
}

static gboolean
lookup_position (OwCompareTable *self,
                 GtkWidget      *child,
                 guint          *column,
                 guint          *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (child), position_quark));

  if (index == 0 || self->n_columns == 0)
    return FALSE;
  index--;
  *row = index / self->n_columns;
  *column = index % self->n_columns;
  return *row < self->n_rows && cell_at (self, *column, *row) == child;
}

/* Layout ------------------------------------------------------------------- */

static int
natural_width (GtkWidget *widget)
{
  int nat = 0;

  if (widget != NULL && gtk_widget_get_visible (widget))
    gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
  return nat;
}

static int
natural_height (GtkWidget *widget,
                int        width)
{
  int min = 0, nat = 0;

  if (widget != NULL && gtk_widget_get_visible (widget))
    gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  return MAX (min, nat);
}

/* Row labels and headings are best single lines (see ow-compare-table.h):
 * a label that may wrap costs GTK several layouts of its text, one of them
 * with a line for every word, where a single line costs one.  Returns the
 * natural width of CELL, after making the labels in it that are wider than
 * AVAILABLE wrap (for good: a long translation, a narrow window). */
static int
fit_width (GtkWidget *cell,
           int        available)
{
  int nat = natural_width (cell), widest = 0, padding;
  GtkWidget *child;

  if (nat <= available)
    return nat;

  /* What the cell adds around its widest label: its padding. */
  if (GTK_IS_LABEL (cell))
    widest = nat;
  else
    for (child = gtk_widget_get_first_child (cell); child != NULL; child = gtk_widget_get_next_sibling (child))
      widest = MAX (widest, natural_width (child));
  padding = nat - widest;

  for (child = GTK_IS_LABEL (cell) ? cell : gtk_widget_get_first_child (cell);
       child != NULL;
       child = child == cell ? NULL : gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && !gtk_label_get_wrap (GTK_LABEL (child)) &&
        natural_width (child) + padding > available)
      {
        gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
        gtk_label_set_wrap (GTK_LABEL (child), TRUE);
      }
  return natural_width (cell);
}

/* Fills COLUMN_WIDTH for a viewport WIDTH wide (-1: as narrow as natural)
 * and returns the content's width. */
static int
compute_columns (OwCompareTable *self,
                 int             width,
                 int            *column_width)
{
  int label = 0, value = 0, header = 0, column, total;
  guint n_offers = self->n_columns > 0 ? self->n_columns - 1 : 0;

  for (guint r = 0; r < self->n_rows; r++)
    {
      if (self->headings[r])
        continue;
      label = MAX (label, fit_width (cell_at (self, 0, r), LABEL_MAX));
      for (guint c = 1; c < self->n_columns; c++)
        {
          int w = natural_width (cell_at (self, c, r));

          if (r == 0)
            header = MAX (header, w);
          else
            value = MAX (value, w);
        }
    }

  label = CLAMP (label, LABEL_MIN, LABEL_MAX);
  column = MAX (value, COLUMN_MIN);
  column = MAX (column, MIN (header, HEADER_MAX));
  if (width > 0 && n_offers > 0)
    {
      int spare = width - label - column * (int) n_offers;

      if (spare > 0)
        column += MIN (spare / (int) n_offers, MAX (0, FILL_MAX - column));
    }

  total = label + column * (int) n_offers;
  if (column_width != NULL && self->n_columns > 0)
    {
      column_width[0] = label;
      for (guint c = 1; c < self->n_columns; c++)
        column_width[c] = column;
    }
  return total;
}

/* Fills ROW_HEIGHT for the given columns and returns the content's
 * height.  Headings span the viewport, HEADING_WIDTH wide. */
static int
compute_rows (OwCompareTable *self,
              const int      *column_width,
              int             heading_width,
              int            *row_height)
{
  int total = 0;

  for (guint r = 0; r < self->n_rows; r++)
    {
      int h = 0;

      if (self->headings[r])
        {
          if (cell_at (self, 0, r) != NULL)
            fit_width (cell_at (self, 0, r), heading_width);
          h = natural_height (cell_at (self, 0, r), heading_width);
        }
      else
        for (guint c = 0; c < self->n_columns; c++)
          h = MAX (h, natural_height (cell_at (self, c, r), column_width[c]));
      if (row_height != NULL)
        row_height[r] = h;
      total += h;
    }
  return total;
}

static void
ow_compare_table_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  OwCompareTable *self = OW_COMPARE_TABLE (widget);
  g_autofree int *widths = g_new0 (int, MAX (self->n_columns, 1));
  int width = compute_columns (self, -1, widths);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Scrolling takes care of the rest: at least the labels and one
       * offer. */
      *minimum = widths[0] + (self->n_columns > 1 ? widths[1] : 0);
      *natural = width;
    }
  else
    {
      g_autofree int *heights = g_new0 (int, MAX (self->n_rows, 1));

      *natural = compute_rows (self, widths, width, heights);
      *minimum = self->n_rows > 0 ? heights[0] : 0;
    }
}

static void
configure_adjustment (GtkAdjustment *adjustment,
                      int            content,
                      int            page)
{
  double upper = MAX (content, page);

  gtk_adjustment_configure (adjustment,
                            CLAMP (gtk_adjustment_get_value (adjustment), 0, upper - page),
                            0, upper, page * 0.1, page * 0.9, page);
}

static void
ow_compare_table_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  OwCompareTable *self = OW_COMPARE_TABLE (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int hx = 0, vy = 0, label_width, header_height, heading_width, x, y;

  if (self->n_columns == 0 || self->n_rows == 0)
    {
      self->layout_valid = FALSE;
      if (self->hadjustment != NULL)
        configure_adjustment (self->hadjustment, 0, width);
      if (self->vadjustment != NULL)
        configure_adjustment (self->vadjustment, 0, height);
      gtk_widget_set_child_visible (self->highlight, FALSE);
      return;
    }

  self->content_width = compute_columns (self, width, self->column_width);
  /* Headings span what can be seen of the table, no wider than it. */
  heading_width = MIN (width, self->content_width);
  self->content_height = compute_rows (self, self->column_width, heading_width, self->row_height);
  for (guint c = 0, at = 0; c < self->n_columns; c++)
    {
      self->column_x[c] = (int) at;
      at += (guint) self->column_width[c];
    }
  for (guint r = 0, at = 0; r < self->n_rows; r++)
    {
      self->row_y[r] = (int) at;
      at += (guint) self->row_height[r];
    }
  self->layout_valid = TRUE;

  if (self->hadjustment != NULL)
    {
      configure_adjustment (self->hadjustment, self->content_width, width);
      hx = (int) gtk_adjustment_get_value (self->hadjustment);
    }
  if (self->vadjustment != NULL)
    {
      configure_adjustment (self->vadjustment, self->content_height, height);
      vy = (int) gtk_adjustment_get_value (self->vadjustment);
    }

  label_width = self->column_width[0];
  header_height = self->row_height[0];

  for (guint r = 0; r < self->n_rows; r++)
    {
      /* The header row stays at the top, everything else scrolls. */
      y = r == 0 ? 0 : self->row_y[r] - vy;

      if (self->headings[r])
        {
          GtkWidget *child = cell_at (self, 0, r);

          if (child != NULL)
            gtk_widget_size_allocate (child,
                                      &(GtkAllocation) { rtl ? width - heading_width : 0, y,
                                                         heading_width, self->row_height[r] },
                                      -1);
          continue;
        }

      for (guint c = 0; c < self->n_columns; c++)
        {
          GtkWidget *child = cell_at (self, c, r);

          if (child == NULL)
            continue;
          /* The label column stays at the start. */
          x = c == 0 ? 0 : self->column_x[c] - hx;
          if (rtl)
            x = width - x - self->column_width[c];
          gtk_widget_size_allocate (child,
                                    &(GtkAllocation) { x, y, self->column_width[c], self->row_height[r] },
                                    -1);
        }
    }

  /* The tint runs from below the header to the bottom, and slides under
   * the label column rather than over it. */
  if (self->highlight_column > 0 && (guint) self->highlight_column < self->n_columns)
    {
      guint c = (guint) self->highlight_column;
      int start = MAX (self->column_x[c] - hx, label_width);
      int end = self->column_x[c] - hx + self->column_width[c];

      gtk_widget_set_child_visible (self->highlight, end > start);
      if (end > start)
        gtk_widget_size_allocate (self->highlight,
                                  &(GtkAllocation) { rtl ? width - end : start, header_height, end - start,
                                                     MAX (0, MIN (height, self->content_height - vy) - header_height) },
                                  -1);
    }
  else
    gtk_widget_set_child_visible (self->highlight, FALSE);
}

/* Drawing ------------------------------------------------------------------ */

static void
ow_compare_table_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  OwCompareTable *self = OW_COMPARE_TABLE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int hx, vy, label_width, header_height;
  guint first_column = 1, last_column, first_row = 1, last_row;

  if (!self->layout_valid)
    return;

  hx = self->hadjustment ? (int) gtk_adjustment_get_value (self->hadjustment) : 0;
  vy = self->vadjustment ? (int) gtk_adjustment_get_value (self->vadjustment) : 0;
  label_width = self->column_width[0];
  header_height = self->row_height[0];

  /* Only what can be seen is drawn: with twenty offers and ten years most
   * of the table is outside the window. */
  while (first_column < self->n_columns &&
         self->column_x[first_column] + self->column_width[first_column] - hx <= label_width)
    first_column++;
  last_column = first_column;
  while (last_column < self->n_columns && self->column_x[last_column] - hx < width)
    last_column++;
  while (first_row < self->n_rows &&
         self->row_y[first_row] + self->row_height[first_row] - vy <= header_height)
    first_row++;
  last_row = first_row;
  while (last_row < self->n_rows && self->row_y[last_row] - vy < height)
    last_row++;

  if (gtk_widget_get_child_visible (self->highlight))
    gtk_widget_snapshot_child (widget, self->highlight, snapshot);

  /* Figures first, then what stays in place over them as they scroll. */
  for (guint r = first_row; r < last_row; r++)
    {
      if (self->headings[r])
        {
          if (cell_at (self, 0, r) != NULL)
            gtk_widget_snapshot_child (widget, cell_at (self, 0, r), snapshot);
          continue;
        }
      for (guint c = first_column; c < last_column; c++)
        if (cell_at (self, c, r) != NULL)
          gtk_widget_snapshot_child (widget, cell_at (self, c, r), snapshot);
    }
  for (guint r = first_row; r < last_row; r++)
    if (!self->headings[r] && cell_at (self, 0, r) != NULL)
      gtk_widget_snapshot_child (widget, cell_at (self, 0, r), snapshot);
  for (guint c = first_column; c < last_column; c++)
    if (cell_at (self, c, 0) != NULL)
      gtk_widget_snapshot_child (widget, cell_at (self, c, 0), snapshot);
  if (cell_at (self, 0, 0) != NULL)
    gtk_widget_snapshot_child (widget, cell_at (self, 0, 0), snapshot);
}

/* Keyboard ----------------------------------------------------------------- */

/* Scrolls so that the cell is not hidden under the sticky header or label
 * column. */
static void
scroll_to_cell (OwCompareTable *self,
                guint           column,
                guint           row)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (!self->layout_valid)
    return;

  if (self->hadjustment != NULL && column > 0 && !self->headings[row])
    {
      double hx = gtk_adjustment_get_value (self->hadjustment);
      int left = self->column_x[column], right = left + self->column_width[column];

      if (left < hx + self->column_width[0])
        hx = left - self->column_width[0];
      else if (right > hx + width)
        hx = right - width;
      gtk_adjustment_set_value (self->hadjustment, hx);
    }
  if (self->vadjustment != NULL && row > 0)
    {
      double vy = gtk_adjustment_get_value (self->vadjustment);
      int top = self->row_y[row], bottom = top + self->row_height[row];

      if (top < vy + self->row_height[0])
        vy = top - self->row_height[0];
      else if (bottom > vy + height)
        vy = bottom - height;
      gtk_adjustment_set_value (self->vadjustment, vy);
    }
}

static GtkWidget *
cursor_cell (OwCompareTable *self,
             guint           column,
             guint           row)
{
  if (row >= self->n_rows)
    return NULL;
  if (self->headings[row])
    return cell_at (self, 0, row);
  return cell_at (self, MIN (column, self->n_columns - 1), row);
}

static gboolean
move_to (OwCompareTable *self,
         guint           column,
         guint           row)
{
  GtkWidget *target = cursor_cell (self, column, row);

  if (target == NULL)
    return FALSE;
  if (!self->headings[row])
    self->cursor_column = column;
  return gtk_widget_grab_focus (target);
}

/* How many rows Page Up and Page Down move from ROW. */
static guint
page_rows (OwCompareTable *self,
           guint           row,
           int             step)
{
  int page = gtk_widget_get_height (GTK_WIDGET (self)) - (self->layout_valid ? self->row_height[0] : 0);
  int moved = 0;
  guint n = 0;

  if (!self->layout_valid)
    return 10;
  while (moved < page * 9 / 10)
    {
      if ((step < 0 && row <= 1) || (step > 0 && row + 1 >= self->n_rows))
        break;
      row += step;
      moved += self->row_height[row];
      n++;
    }
  return MAX (n, 1);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                OwCompareTable        *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  guint column, row, last_column, last_row;

  if (focus == NULL || !lookup_position (self, focus, &column, &row))
    return FALSE;
  if ((state & (GDK_SHIFT_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  last_column = self->n_columns - 1;
  last_row = self->n_rows - 1;
  /* Left and Right are directions on the screen. */
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    {
      if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
        keyval = GDK_KEY_Right;
      else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
        keyval = GDK_KEY_Left;
    }
  if (self->headings[row])
    column = self->cursor_column;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (!self->headings[row] && column > 0)
        move_to (self, column - 1, row);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (!self->headings[row] && column < last_column)
        move_to (self, column + 1, row);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (row > 0)
        move_to (self, column, row - 1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (row < last_row)
        move_to (self, column, row + 1);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      move_to (self, 0, control ? 0 : row);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      move_to (self, last_column, control ? last_row : row);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      move_to (self, column, row - MIN (row, page_rows (self, row, -1)));
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      move_to (self, column, MIN (last_row, row + page_rows (self, row, 1)));
      return TRUE;
    default:
      return FALSE;
    }
}

/* A click on a cell puts the keyboard cursor there, as in a spreadsheet;
 * headers are buttons and take the focus themselves. */
static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            OwCompareTable  *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  guint column, row;

  while (picked != NULL && gtk_widget_get_parent (picked) != GTK_WIDGET (self))
    picked = gtk_widget_get_parent (picked);
  if (picked != NULL && lookup_position (self, picked, &column, &row) && !GTK_IS_BUTTON (picked))
    gtk_widget_grab_focus (picked);
}

/* Tab enters the grid at the cursor and leaves it from any cell: one stop
 * in the focus chain, however many cells there are. */
static gboolean
ow_compare_table_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  OwCompareTable *self = OW_COMPARE_TABLE (widget);
  GtkWidget *focus = gtk_widget_get_focus_child (widget);
  GtkWidget *target;

  if (focus != NULL)
    return gtk_widget_child_focus (focus, direction);

  target = cursor_cell (self, self->cursor_column, self->cursor_row);
  if (target == NULL)
    target = cursor_cell (self, 0, 0);
  /* Cells are boxes, whose own focus() only looks at their children:
   * the cell itself takes the focus. */
  return target != NULL && gtk_widget_grab_focus (target);
}

static gboolean
ow_compare_table_grab_focus (GtkWidget *widget)
{
  OwCompareTable *self = OW_COMPARE_TABLE (widget);
  GtkWidget *target = cursor_cell (self, self->cursor_column, self->cursor_row);

  return target != NULL && gtk_widget_grab_focus (target);
}

static void
ow_compare_table_set_focus_child (GtkWidget *widget,
                                  GtkWidget *child)
{
  OwCompareTable *self = OW_COMPARE_TABLE (widget);
  guint column, row;

  GTK_WIDGET_CLASS (ow_compare_table_parent_class)->set_focus_child (widget, child);

  if (child != NULL && lookup_position (self, child, &column, &row))
    {
      self->cursor_row = row;
      if (!self->headings[row])
        self->cursor_column = column;
      scroll_to_cell (self, column, row);
    }
}

/* Scrolling ---------------------------------------------------------------- */

static void
adjustment_value_changed_cb (OwCompareTable *self)
{
  /* Scrolling moves children, it never changes their sizes. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
set_adjustment (OwCompareTable  *self,
                GtkAdjustment  **slot,
                GtkAdjustment   *adjustment)
{
  if (adjustment != NULL && adjustment == *slot)
    return;
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (adjustment_value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* GObject ------------------------------------------------------------------ */

static void
clear_cells (OwCompareTable *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != self->highlight)
        gtk_widget_unparent (child);
      child = next;
    }
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->headings, g_free);
  g_clear_pointer (&self->column_x, g_free);
  g_clear_pointer (&self->column_width, g_free);
  g_clear_pointer (&self->row_y, g_free);
  g_clear_pointer (&self->row_height, g_free);
  self->n_columns = self->n_rows = 0;
  self->layout_valid = FALSE;
}

static void
ow_compare_table_dispose (GObject *object)
{
  OwCompareTable *self = OW_COMPARE_TABLE (object);

  clear_cells (self);
  g_clear_pointer (&self->highlight, gtk_widget_unparent);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (ow_compare_table_parent_class)->dispose (object);
}

static void
ow_compare_table_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OwCompareTable *self = OW_COMPARE_TABLE (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_compare_table_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OwCompareTable *self = OW_COMPARE_TABLE (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_compare_table_class_init (OwCompareTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_compare_table_dispose;
  object_class->get_property = ow_compare_table_get_property;
  object_class->set_property = ow_compare_table_set_property;

  widget_class->measure = ow_compare_table_measure;
  widget_class->size_allocate = ow_compare_table_size_allocate;
  widget_class->snapshot = ow_compare_table_snapshot;
  widget_class->focus = ow_compare_table_focus;
  widget_class->grab_focus = ow_compare_table_grab_focus;
  widget_class->set_focus_child = ow_compare_table_set_focus_child;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "comparetable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);

  position_quark = g_quark_from_static_string ("ow-compare-table-position");
}

static void
ow_compare_table_init (OwCompareTable *self)
{
  GtkEventController *keys;
  GtkGesture *click;

  self->highlight_column = -1;
  self->highlight = g_object_new (GTK_TYPE_BOX,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  "can-target", FALSE,
                                  "css-classes", (const char *[]) { "column-highlight", NULL },
                                  NULL);
  gtk_widget_set_parent (self->highlight, GTK_WIDGET (self));
  gtk_widget_set_child_visible (self->highlight, FALSE);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
ow_compare_table_new (void)
{
  return g_object_new (OW_TYPE_COMPARE_TABLE, NULL);
}

/**
 * ow_compare_table_reset:
 *
 * Removes every cell and makes room for N_COLUMNS × N_ROWS new ones.
 * Column 0 holds the row labels and row 0 the column headers.
 */
void
ow_compare_table_reset (OwCompareTable *self,
                        guint           n_columns,
                        guint           n_rows)
{
  g_return_if_fail (OW_IS_COMPARE_TABLE (self));

  clear_cells (self);
  if (n_columns == 0 || n_rows == 0)
    n_columns = n_rows = 0;

  self->n_columns = n_columns;
  self->n_rows = n_rows;
  self->cells = g_new0 (GtkWidget *, (gsize) n_columns * n_rows);
  self->headings = g_new0 (gboolean, MAX (n_rows, 1));
  self->column_x = g_new0 (int, MAX (n_columns, 1));
  self->column_width = g_new0 (int, MAX (n_columns, 1));
  self->row_y = g_new0 (int, MAX (n_rows, 1));
  self->row_height = g_new0 (int, MAX (n_rows, 1));
  if (n_columns > 0)
    {
      self->cursor_column = MIN (self->cursor_column, n_columns - 1);
      self->cursor_row = MIN (self->cursor_row, n_rows - 1);
    }

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, (int) n_columns,
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, (int) n_rows,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
ow_compare_table_get_n_columns (OwCompareTable *self)
{
  g_return_val_if_fail (OW_IS_COMPARE_TABLE (self), 0);
  return self->n_columns;
}

guint
ow_compare_table_get_n_rows (OwCompareTable *self)
{
  g_return_val_if_fail (OW_IS_COMPARE_TABLE (self), 0);
  return self->n_rows;
}

static void
place (OwCompareTable *self,
       GtkWidget      *child,
       guint           column,
       guint           row)
{
  g_assert (cell_at (self, column, row) == NULL);
  g_assert (gtk_widget_get_parent (child) == NULL);

  self->cells[row * self->n_columns + column] = child;
  g_object_set_qdata (G_OBJECT (child), position_quark,
                      GUINT_TO_POINTER (row * self->n_columns + column + 1));
  /* Children are kept in reading order (row by row), which is also the
   * order screen readers present them in. */
  gtk_widget_set_parent (child, GTK_WIDGET (self));
  gtk_widget_set_focusable (child, TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                  GTK_ACCESSIBLE_RELATION_COL_INDEX, (int) column + 1,
                                  GTK_ACCESSIBLE_RELATION_ROW_INDEX, (int) row + 1,
                                  -1);
  if (row == 0 && (int) column == self->highlight_column)
    gtk_widget_add_css_class (child, "highlighted");
}

/**
 * ow_compare_table_attach:
 * @child: (transfer floating): the cell; it is made focusable
 *
 * Puts CHILD at COLUMN, ROW.  Attach cells row by row, left to right.
 */
void
ow_compare_table_attach (OwCompareTable *self,
                         GtkWidget      *child,
                         guint           column,
                         guint           row)
{
  g_return_if_fail (OW_IS_COMPARE_TABLE (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (column < self->n_columns && row < self->n_rows);
  g_return_if_fail (!self->headings[row]);

  place (self, child, column, row);
}

/**
 * ow_compare_table_attach_heading:
 * @child: (transfer floating): the heading; it is made focusable
 *
 * Makes ROW one heading across the table, which stays in place when the
 * table scrolls sideways.  ROW must be empty and not the header row.
 */
void
ow_compare_table_attach_heading (OwCompareTable *self,
                                 GtkWidget      *child,
                                 guint           row)
{
  g_return_if_fail (OW_IS_COMPARE_TABLE (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (row > 0 && row < self->n_rows);

  for (guint c = 0; c < self->n_columns; c++)
    g_return_if_fail (cell_at (self, c, row) == NULL);

  self->headings[row] = TRUE;
  place (self, child, 0, row);
}

/**
 * ow_compare_table_get_cell:
 *
 * Returns: (transfer none) (nullable): the cell at COLUMN, ROW
 */
GtkWidget *
ow_compare_table_get_cell (OwCompareTable *self,
                           guint           column,
                           guint           row)
{
  g_return_val_if_fail (OW_IS_COMPARE_TABLE (self), NULL);

  if (column >= self->n_columns || row >= self->n_rows)
    return NULL;
  return cell_at (self, column, row);
}

/**
 * ow_compare_table_set_highlight_column:
 * @column: an offer column (1 …), or -1 for none
 *
 * Tints one column, the selected offer's.
 */
void
ow_compare_table_set_highlight_column (OwCompareTable *self,
                                       int             column)
{
  GtkWidget *header;

  g_return_if_fail (OW_IS_COMPARE_TABLE (self));

  if (column < 1)
    column = -1;
  if (self->highlight_column == column)
    return;

  if (self->highlight_column > 0 && (header = ow_compare_table_get_cell (self, (guint) self->highlight_column, 0)))
    gtk_widget_remove_css_class (header, "highlighted");
  self->highlight_column = column;
  if (column > 0 && (header = ow_compare_table_get_cell (self, (guint) column, 0)))
    gtk_widget_add_css_class (header, "highlighted");
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}
