/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Start-up benchmark: time from exec to the first frame of the window, for
 * Offer Workbench opening the sample document and for an empty
 * AdwApplicationWindow started the same way; the target is a ratio of at
 * most 1.5.
 *
 * The first frame is read off the X server, without polling and without
 * help from the app: SubstructureNotify on the root window sees the window
 * appear, X DAMAGE reports each drawing on it, and the first drawing after
 * which the window is no longer one flat colour is the first frame (the
 * first Damage is only the server's background fill).  Runs under
 * tests/run-with-display, like the widget tests. */
#include "config.h"

#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>
#include <glib.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
ignore_errors (Display     *display,
               XErrorEvent *event)
{
  /* Windows come and go between an event and a query of them. */
  return 0;
}

static gboolean
is_normal_window (Display *display,
                  Window   window)
{
  XWindowAttributes a;

  return XGetWindowAttributes (display, window, &a) && !a.override_redirect &&
         a.class == InputOutput && a.width > 1 && a.height > 1;
}

/* TRUE while the window shows one colour: nothing drawn yet. */
static gboolean
is_flat (Display *display,
         Window   window)
{
  XWindowAttributes a;
  XImage *image;
  unsigned long first;
  gboolean flat = TRUE;
  int w, h;

  if (!XGetWindowAttributes (display, window, &a))
    return TRUE;
  w = MIN (a.width, DisplayWidth (display, DefaultScreen (display)) - MAX (a.x, 0));
  h = MIN (a.height, DisplayHeight (display, DefaultScreen (display)) - MAX (a.y, 0));
  if (w <= 0 || h <= 0)
    return TRUE;

  image = XGetImage (display, window, 0, 0, (unsigned) w, (unsigned) h, AllPlanes, ZPixmap);
  if (image == NULL)
    return TRUE;
  first = XGetPixel (image, 0, 0);
  for (int y = 0; y < image->height && flat; y += 2)
    for (int x = 0; x < image->width; x++)
      if ((unsigned long) XGetPixel (image, x, y) != first)
        {
          flat = FALSE;
          break;
        }
  XDestroyImage (image);
  return flat;
}

static void
close_window (Display *display,
              Window   window)
{
  XEvent ev = { 0 };

  ev.xclient.type = ClientMessage;
  ev.xclient.window = window;
  ev.xclient.message_type = XInternAtom (display, "WM_PROTOCOLS", False);
  ev.xclient.format = 32;
  ev.xclient.data.l[0] = (long) XInternAtom (display, "WM_DELETE_WINDOW", False);
  ev.xclient.data.l[1] = CurrentTime;
  XSendEvent (display, window, False, NoEventMask, &ev);
  XFlush (display);
}

static void
reap (pid_t pid)
{
  double start = now_ms ();
  int status;

  while (waitpid (pid, &status, WNOHANG) == 0)
    {
      if (now_ms () - start > 5000)
        {
          kill (pid, SIGKILL);
          waitpid (pid, &status, 0);
          return;
        }
      g_usleep (2000);
    }
}

/* Milliseconds from exec to the first frame of ARGV's window; < 0 on
 * failure. */
static double
measure (Display    *display,
         char      **argv)
{
  Window root = DefaultRootWindow (display);
  int damage_event, damage_error;
  Window window = None;
  Damage damage = None;
  double t0, frame = -1;
  pid_t pid;

  XDamageQueryExtension (display, &damage_event, &damage_error);
  XSelectInput (display, root, SubstructureNotifyMask);
  XSync (display, True);

  t0 = now_ms ();
  pid = fork ();
  if (pid == 0)
    {
      execv (argv[0], argv);
      _exit (127);
    }

  while (frame < 0 && now_ms () - t0 < 20000)
    {
      struct pollfd pfd = { ConnectionNumber (display), POLLIN, 0 };

      if (!XPending (display))
        poll (&pfd, 1, 100);

      while (XPending (display))
        {
          XEvent ev;

          XNextEvent (display, &ev);
          if (ev.type == MapNotify && window == None && is_normal_window (display, ev.xmap.window))
            {
              window = ev.xmap.window;
              damage = XDamageCreate (display, window, XDamageReportNonEmpty);
            }
          else if (ev.type == damage_event + XDamageNotify &&
                   ((XDamageNotifyEvent *) &ev)->drawable == window)
            {
              double t = now_ms ();

              XDamageSubtract (display, damage, None, None);
              if (!is_flat (display, window))
                {
                  frame = t - t0;
                  break;
                }
            }
        }
    }

  if (window != None)
    {
      XDamageDestroy (display, damage);
      close_window (display, window);
    }
  reap (pid);
  XSelectInput (display, root, NoEventMask);
  XSync (display, True);
  return frame;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  const char *app = g_getenv ("OW_BINARY");
  const char *empty = g_getenv ("OW_EMPTY_WINDOW");
  const char *sample = g_getenv ("OW_SAMPLE");
  int runs = argc > 1 ? atoi (argv[1]) : 25;
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) empty_times = g_array_new (FALSE, FALSE, sizeof (double));
  char *app_argv[] = { (char *) app, (char *) sample, NULL };
  char *empty_argv[] = { (char *) empty, NULL };
  Display *display;

  if (app == NULL || empty == NULL || sample == NULL)
    {
      fprintf (stderr, "bench-startup: OW_BINARY, OW_EMPTY_WINDOW and OW_SAMPLE must be set\n");
      return 1;
    }

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, "bench-startup: no display (run under tests/run-with-display)\n");
      return 1;
    }
  XSetErrorHandler (ignore_errors);

  /* One warm-up each, then alternating runs so both see the same machine. */
  measure (display, app_argv);
  measure (display, empty_argv);
  for (int i = 0; i < runs; i++)
    {
      double a = measure (display, app_argv);
      double e = measure (display, empty_argv);

      if (a > 0)
        g_array_append_val (app_times, a);
      if (e > 0)
        g_array_append_val (empty_times, e);
    }

  if (app_times->len == 0 || empty_times->len == 0)
    {
      fprintf (stderr, "bench-startup: no frame seen\n");
      return 1;
    }

  printf ("first frame, median of %u runs:\n", app_times->len);
  printf ("  offer-workbench with sample.offers  %8.1f ms\n", median (app_times));
  printf ("  empty AdwApplicationWindow          %8.1f ms\n", median (empty_times));
  printf ("  ratio                               %8.2f (target ≤ 1.50)\n",
          median (app_times) / median (empty_times));

  XCloseDisplay (display);
  return 0;
}
