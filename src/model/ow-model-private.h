/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The instance structures of the model classes, shared inside the model
 * library only: the loader, the saver and the valuation read them directly
 * because they visit every field of every offer and must be fast.  Code
 * outside src/model uses the public headers and properties. */
#pragma once

#include "ow-checklist-item.h"
#include "ow-date.h"
#include "ow-document.h"
#include "ow-exact.h"
#include "ow-exit-scenario.h"
#include "ow-grant.h"
#include "ow-offer.h"
#include "ow-revision.h"
#include "ow-sign-on.h"
#include "ow-valuation.h"
#include "ow-vesting.h"

G_BEGIN_DECLS

#define OW_MAX_YEAR_PERCENTS 10 /* one per started year of at most 120 months */
#define OW_MONEY_MAX  G_GINT64_CONSTANT (100000000000000)     /* 1e12 in cents */
#define OW_MICRO_MAX  G_GINT64_CONSTANT (1000000000000000000) /* 1e12 in millionths */

struct _OwVesting
{
  OwNode  parent_instance;

  gint64  months;
  gint64  cliff_months;    /* -1: not given, min (12, months) */
  gint64  every_months;
  int     rounding;        /* OwRounding; DEFAULT: by units or value */
  gint64  year_percents[OW_MAX_YEAR_PERCENTS]; /* basis points */
  guint   n_year_percents; /* 0: even */
};

struct _OwGrant
{
  OwNode     parent_instance;

  char      *name;
  int        kind;         /* OwGrantKind */
  gint64     units;        /* millionths, -1: not given */
  gint64     value;        /* cents, -1: not given */
  gint64     share_price;  /* millionths, -1: not given */
  gint64     strike_price; /* millionths */
  gint64     growth;       /* basis points a year */
  OwDate     vest_start;   /* OW_DATE_NONE: the offer's start date */
  OwVesting *vesting;
};

struct _OwSignOn
{
  OwNode  parent_instance;

  gint64  amount;          /* cents */
  gint64  month;
  gint64  clawback_months;
  int     clawback;        /* OwClawback */
};

struct _OwExitScenario
{
  OwNode  parent_instance;

  char   *label;
  gint64  valuation;       /* cents */
  gint64  probability;     /* basis points */
};

struct _OwChecklistItem
{
  OwNode  parent_instance;

  char   *question;
  int     status;          /* OwChecklistStatus */
  char   *answer;
  char   *topic;           /* "": the person's own question (ow-checklist.h) */
};

struct _OwRevision
{
  OwNode   parent_instance;

  OwDate   date;
  int      kind;           /* OwRevisionKind */
  char    *note;
  OwOffer *offer;          /* the figures as they stood; never NULL */
};

typedef struct
{
  char *key;
  int   source;            /* OwSource */
} OwSourceEntry;

struct _OwOffer
{
  OwNode      parent_instance;

  char       *id;
  char       *company;
  char       *title;
  char       *level;
  int         role_family;
  char       *location;
  int         work_mode;
  int         company_stage;
  char       *industry;
  int         status;
  gboolean    current_job;
  char       *currency;     /* "": the document's display currency */
  OwDate      start_date;
  OwDate      deadline;
  gint64      base_salary;
  gint64      raise;        /* basis points */
  gint64      band_min;
  gint64      band_max;
  gint64      bonus_target; /* basis points */
  gint64      bonus_payout; /* basis points */
  gint64      refresher_value;
  gint64      fully_diluted_shares; /* 0: not given */
  gint64      dilution;     /* basis points, -1: not given */
  gint64      match_percent;
  gint64      match_cap;
  gint64      benefits_value;
  gint64      pto_days;
  gint64      tax;          /* basis points */
  gint64      col_index;    /* millionths; 100000000 is 100 */
  char       *notes;

  gboolean    has_salary_band;
  gboolean    has_refreshers;
  gboolean    has_company_equity;
  OwVesting  *refresher_vesting; /* NULL: the first grant's vesting */

  GListStore *sign_ons;
  GListStore *grants;
  GListStore *exit_scenarios;
  GListStore *checklist;
  GListStore *revisions;     /* OwRevision, oldest first */
  GArray     *sources;      /* OwSourceEntry, in file order */
};

typedef struct
{
  char   code[4];
  gint64 mantissa;           /* the rate is mantissa · 10^-scale */
  guint  scale;
} OwRate;

struct _OwDocument
{
  OwNode      parent_instance;

  char       *display_currency;
  gint64      horizon_years;
  gboolean    include_refreshers;
  gint64      discount;       /* basis points */

  GArray     *rates;          /* OwRate, in file order */
  GListStore *offers;
};

/* The valuation's rules that the timeline shares (ow-valuation.c): an
 * offer's yearly cash, money of an offer in the display currency, and the
 * offer year of a date (0 before the start date). */
void ow_valuation_cash_years    (OwDocument  *document,
                                 OwOffer     *offer,
                                 int          horizon,
                                 OwYearValue *years);
void ow_valuation_display_money (OwDocument *document,
                                 OwOffer    *offer,
                                 gint64      cents,
                                 OwExact    *out);
int  ow_valuation_offer_year    (OwDate      start,
                                 OwDate      date);

G_END_DECLS
