/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Tests for the exact arithmetic under the valuation (src/model/ow-exact.c).
 * Expected values were checked with Python's fractions module; the
 * arithmetic is written next to each one. */

#define G_LOG_DOMAIN "ow-exact-test"

#include <glib.h>

#include "ow-exact.h"

#define B64 G_MAXUINT64
#define H64 (G_GUINT64_CONSTANT (1) << 63)

#define assert_exact(x, expected) \
  G_STMT_START { \
    g_autofree char *_s = ow_exact_to_string (x); \
    g_assert_cmpstr (_s, ==, (expected)); \
  } G_STMT_END

#define assert_big(x, expected) \
  G_STMT_START { \
    g_autofree char *_s = ow_big_to_string (x); \
    g_assert_cmpstr (_s, ==, (expected)); \
  } G_STMT_END

#define assert_round(x, decimals, expected) \
  G_STMT_START { \
    gint64 _out = 0; \
    g_assert_true (ow_exact_round ((x), (decimals), &_out)); \
    g_assert_cmpint (_out, ==, (expected)); \
  } G_STMT_END

#define assert_floor(x, decimals, expected) \
  G_STMT_START { \
    gint64 _out = 0; \
    g_assert_true (ow_exact_floor ((x), (decimals), &_out)); \
    g_assert_cmpint (_out, ==, (expected)); \
  } G_STMT_END

#define assert_div_round(a, b, decimals, expected) \
  G_STMT_START { \
    gint64 _out = 0; \
    g_assert_true (ow_exact_div_round ((a), (b), (decimals), &_out)); \
    g_assert_cmpint (_out, ==, (expected)); \
  } G_STMT_END

/* A fixed xorshift generator: the random tests must see the same numbers on
 * every run and every machine so that a failure can be reproduced. */
static guint64 rng_state[2];

static void
rng_seed (guint64 seed)
{
  rng_state[0] = seed ^ G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  rng_state[1] = G_GUINT64_CONSTANT (0xD1B54A32D192ED03);
}

static guint64
rng_next (void)
{
  guint64 s1 = rng_state[0];
  guint64 s0 = rng_state[1];

  rng_state[0] = s0;
  s1 ^= s1 << 23;
  rng_state[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
  return rng_state[1] + s0;
}

/* Limbs biased toward the values that stress carries and the quotient
 * estimate: 0, 1, all ones, top bit only. */
static guint64
rng_limb (void)
{
  switch (rng_next () % 8)
    {
    case 0: return 0;
    case 1: return 1;
    case 2: return B64;
    case 3: return H64;
    case 4: return H64 - 1;
    case 5: return B64 - 1;
    case 6: return rng_next () >> (rng_next () % 64);
    default: return rng_next ();
    }
}

static void
rng_big (OwBig *r, guint max_limbs)
{
  guint64 limbs[OW_BIG_LIMBS];
  guint n = 1 + rng_next () % max_limbs;

  for (guint i = 0; i < n; i++)
    limbs[i] = rng_limb ();
  /* Often make the top limb nearly full: the divisor case that needs no
   * normalizing shift and produces the most estimate corrections. */
  if (rng_next () % 3 == 0)
    limbs[n - 1] = B64 - rng_next () % 3;
  ow_big_set_limbs (r, limbs, n, rng_next () % 2);
}

/* ---- OwBig ---- */

static void
test_big_basic (void)
{
  OwBig a, b, r;
  gint64 v;

  ow_big_set_int (&a, 0);
  assert_big (&a, "0");
  g_assert_true (ow_big_is_zero (&a));
  g_assert_cmpint (ow_big_sign (&a), ==, 0);

  ow_big_set_int (&a, -1);
  assert_big (&a, "-1");
  g_assert_cmpint (ow_big_sign (&a), ==, -1);

  ow_big_set_int (&a, G_MININT64);
  assert_big (&a, "-9223372036854775808");
  g_assert_true (ow_big_to_int64 (&a, &v));
  g_assert_cmpint (v, ==, G_MININT64);

  /* 2^64 - 1 + 1 carries into a second limb. */
  ow_big_set_uint (&a, B64);
  ow_big_set_int (&b, 1);
  ow_big_add (&r, &a, &b);
  assert_big (&r, "18446744073709551616");
  g_assert_false (ow_big_to_int64 (&r, &v));

  /* And back: the borrow crosses the limb. */
  ow_big_sub (&r, &r, &b);
  assert_big (&r, "18446744073709551615");

  /* A borrow through an equal limb: (2^128 + 5·2^64) - (5·2^64 + 1)
   * = 2^128 - 1. */
  {
    guint64 la[] = { 0, 5, 1 };
    guint64 lb[] = { 1, 5 };

    ow_big_set_limbs (&a, la, 3, FALSE);
    ow_big_set_limbs (&b, lb, 2, FALSE);
    ow_big_sub (&r, &a, &b);
    assert_big (&r, "340282366920938463463374607431768211455");
    /* And a carry through an all-ones limb: (2^128 - 1) + 1 = 2^128. */
    ow_big_set_int (&b, 1);
    ow_big_add (&r, &r, &b);
    assert_big (&r, "340282366920938463463374607431768211456");
    ow_big_set_uint (&a, B64);
  }

  /* (2^64 - 1)^2 = 2^128 - 2^65 + 1. */
  ow_big_mul (&r, &a, &a);
  assert_big (&r, "340282366920938463426481119284349108225");

  /* Signs: 5 - 7 = -2; -2 · -3 = 6; -2 + 2 = 0 (not negative zero). */
  ow_big_set_int (&a, 5);
  ow_big_set_int (&b, 7);
  ow_big_sub (&r, &a, &b);
  assert_big (&r, "-2");
  ow_big_set_int (&b, -3);
  ow_big_mul (&a, &r, &b);
  assert_big (&a, "6");
  ow_big_set_int (&b, 2);
  ow_big_add (&r, &r, &b);
  assert_big (&r, "0");
  g_assert_cmpint (ow_big_sign (&r), ==, 0);

  /* Decimal chunks are zero-padded: 10^19 + 5. */
  ow_big_set_uint (&a, G_GUINT64_CONSTANT (10000000000000000000));
  ow_big_set_int (&b, 5);
  ow_big_add (&r, &a, &b);
  assert_big (&r, "10000000000000000005");

  ow_big_set_int (&a, -3);
  ow_big_mul_small (&r, &a, B64);
  assert_big (&r, "-55340232221128654845");

  ow_big_set_int (&a, -5);
  ow_big_set_int (&b, 3);
  g_assert_cmpint (ow_big_cmp (&a, &b), ==, -1);
  g_assert_cmpint (ow_big_cmp (&b, &a), ==, 1);
  g_assert_cmpint (ow_big_cmp (&a, &a), ==, 0);
  ow_big_set_int (&b, -7);
  g_assert_cmpint (ow_big_cmp (&a, &b), ==, 1);
}

static void
test_big_shift (void)
{
  OwBig a, r;

  ow_big_set_int (&a, -3);
  ow_big_shift_left (&r, &a, 200);
  /* -3 · 2^200 */
  assert_big (&r, "-4820814132776970826625886277023487807566608981348378505904128");
  g_assert_cmpuint (ow_big_ctz (&r), ==, 200);
  ow_big_shift_right (&r, &r, 199);
  assert_big (&r, "-6");
  /* Right shifts truncate the magnitude: -6 >> 2 = -1. */
  ow_big_shift_right (&r, &r, 2);
  assert_big (&r, "-1");
  ow_big_shift_right (&r, &r, 1);
  assert_big (&r, "0");
  g_assert_cmpuint (ow_big_ctz (&r), ==, 0);

  /* 2^1023 fits, 2^1024 does not. */
  ow_big_set_int (&a, 1);
  ow_big_shift_left (&r, &a, 1023);
  g_assert_false (ow_big_overflowed (&r));
  g_assert_cmpuint (ow_big_ctz (&r), ==, 1023);
  ow_big_shift_left (&r, &a, 1024);
  g_assert_true (ow_big_overflowed (&r));
}

static void
test_big_overflow (void)
{
  guint64 ones[OW_BIG_LIMBS];
  OwBig a, b, r;
  gint64 v;

  for (guint i = 0; i < OW_BIG_LIMBS; i++)
    ones[i] = B64;
  ow_big_set_limbs (&a, ones, OW_BIG_LIMBS, FALSE);
  /* 2^1024 - 1. */
  assert_big (&a, "17976931348623159077293051907890247336179769789423065727343008115773267580550"
                  "09631327084773224075360211201138798713933576587897688144166224928474306394741"
                  "24377767893424865485276302219601246094119453082952085005768838150682342462881"
                  "47391311054082723716335051068458629823994724593847971630483535632962422413721"
                  "5");

  ow_big_set_int (&b, 1);
  ow_big_add (&r, &a, &b);
  g_assert_true (ow_big_overflowed (&r));
  assert_big (&r, "overflow");
  g_assert_false (ow_big_to_int64 (&r, &v));

  /* Subtracting from a full value stays within capacity. */
  ow_big_sub (&r, &a, &b);
  g_assert_false (ow_big_overflowed (&r));

  /* Sticky: anything computed from an overflowed value is overflowed. */
  ow_big_set_limbs (&r, ones, OW_BIG_LIMBS, FALSE);
  ow_big_mul_small (&r, &r, 2);
  g_assert_true (ow_big_overflowed (&r));
  ow_big_sub (&r, &r, &a);
  g_assert_true (ow_big_overflowed (&r));
  ow_big_mul (&r, &b, &r);
  g_assert_true (ow_big_overflowed (&r));

  /* A product of two 600-bit numbers does not fit. */
  ow_big_set_int (&a, 1);
  ow_big_shift_left (&a, &a, 600);
  ow_big_mul (&r, &a, &a);
  g_assert_true (ow_big_overflowed (&r));
}

static void
test_big_divmod_small (void)
{
  OwBig a, q;
  guint64 rem;

  /* C semantics: -7 / 2 = -3, remainder -1 (returned as its magnitude). */
  ow_big_set_int (&a, -7);
  rem = ow_big_divmod_small (&q, &a, 2);
  assert_big (&q, "-3");
  g_assert_cmpuint (rem, ==, 1);

  /* (2^1024 - 1) mod 10^19 = 5356329624224137215 (its last 19 digits), and
   * q · 10^19 + rem gives the dividend back. */
  {
    guint64 ones[OW_BIG_LIMBS];

    for (guint i = 0; i < OW_BIG_LIMBS; i++)
      ones[i] = B64;
    ow_big_set_limbs (&a, ones, OW_BIG_LIMBS, FALSE);
  }
  rem = ow_big_divmod_small (&q, &a, G_GUINT64_CONSTANT (10000000000000000000));
  g_assert_cmpuint (rem, ==, G_GUINT64_CONSTANT (5356329624224137215));
  ow_big_mul_small (&q, &q, G_GUINT64_CONSTANT (10000000000000000000));
  {
    OwBig r;

    ow_big_set_uint (&r, rem);
    ow_big_add (&q, &q, &r);
    g_assert_cmpint (ow_big_cmp (&q, &a), ==, 0);
  }

  /* A divisor that needs no normalizing shift, and one that needs 63. */
  ow_big_set_uint (&a, B64);
  rem = ow_big_divmod_small (&q, &a, B64);
  assert_big (&q, "1");
  g_assert_cmpuint (rem, ==, 0);
  {
    guint64 l[] = { 5, 7, 9 };

    /* 9·2^128 + 7·2^64 + 5 = 3062541302288446171299498675401880764421
     * = 7 · 437505900326920881614214096485982966345 + 6 */
    ow_big_set_limbs (&a, l, 3, FALSE);
    assert_big (&a, "3062541302288446171299498675401880764421");
    rem = ow_big_divmod_small (&q, &a, 7);
    assert_big (&q, "437505900326920881614214096485982966345");
    g_assert_cmpuint (rem, ==, 6);
  }
}

typedef struct
{
  const char *name;
  guint64 u[5];
  guint un;
  guint64 v[3];
  guint vn;
  const char *q;
  const char *r;
} KnuthCase;

/* Vectors for the branches of algorithm D, confirmed with a coverage build
 * (the branch each one reaches is in its name) and checked with Python's
 * divmod (limbs little-endian, B = 2^64, H = 2^63).  The add-back cases are
 * the 64-bit versions of those in Hacker's Delight's divmnu test. */
static const KnuthCase knuth_cases[] = {
  /* u = H·B^2 + (H-1)·B^3, v = 1 + H·B^2: q̂ one too large after the
   * two-limb test, so the divisor is added back. */
  { "add-back", { 0, 0, H64, H64 - 1 }, 4, { 1, 0, H64 }, 3,
    "18446744073709551614",
    "3138550867693340381917894711603833208032730978158307704834" },
  /* The same with a divisor that needs a normalizing shift (top limb 2^61). */
  { "add-back-shifted", { 3, 0, H64 }, 3, { 1, 0, H64 >> 2 }, 3,
    "3",
    "784637716923335095479473677900958302012794430558004314112" },
  /* The top limb of the remainder equals the divisor's: q̂ capped at B-1,
   * then still added back. */
  { "capped-add-back", { 0, B64 - 1, 0, H64 }, 4, { B64, 0, H64 }, 3,
    "18446744073709551615",
    "3138550867693340381917894711603833208051177722232017256447" },
  /* Capped, then one correction step by the three-limb test. */
  { "capped-corrected", { 0, H64, B64 - 1 }, 3, { B64, B64 - 1 }, 2,
    "18446744073709551615",
    "170141183460469231731687303715884105727" },
  /* Capped, corrected, correction stopped by r̂ ≥ B. */
  { "capped-rhat-overflow", { 0, 0, H64 }, 3, { B64, H64 }, 2,
    "18446744073709551614",
    "55340232221128654846" },
  /* Two correction steps: d1 = H, d0 = B-1 makes q̂ exactly two too large. */
  { "two-corrections", { 0, 0, H64 - 1 }, 3, { B64, H64 }, 2,
    "18446744073709551612",
    "92233720368547758076" },
  /* All-ones divisor and dividend: top limb full, no shift. */
  { "full-top-limb", { B64, B64, B64, B64 - 1 }, 4, { B64, B64 }, 2,
    "340282366920938463444927863358058659840",
    "340282366920938463444927863358058659839" },
  /* Divisor top limb 1: the largest normalizing shift (63). */
  { "shift-63", { G_GUINT64_CONSTANT (0xdeadbeefcafebabe), G_GUINT64_CONSTANT (0x0123456789abcdef),
                  B64, H64, 7 }, 5, { B64, 1 }, 2,
    "23539131507700052865192380958465977911122070738705862485752",
    "10322076226077106614" },
  /* Three-limb divisor with top limb 3 and a five-limb dividend. */
  { "shift-62", { G_GUINT64_CONSTANT (0x0123456789abcdef), G_GUINT64_CONSTANT (0xfedcba9876543210),
                  G_GUINT64_CONSTANT (0x0f1e2d3c4b5a6978), G_GUINT64_CONSTANT (0x1122334455667788),
                  G_GUINT64_CONSTANT (0x99aabbccddeeff00) }, 5,
    { G_GUINT64_CONSTANT (0x8000000000000001), G_GUINT64_CONSTANT (0x7fffffffffffffff), 3 }, 3,
    "1076543461023179733218334904235522956964302247083939438141",
    "3543396499269937964953306405196017586" },
};

static void
test_big_divmod_knuth (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (knuth_cases); i++)
    {
      const KnuthCase *c = &knuth_cases[i];
      OwBig a, b, q, r, check;

      g_test_message ("case %s", c->name);
      ow_big_set_limbs (&a, c->u, c->un, FALSE);
      ow_big_set_limbs (&b, c->v, c->vn, FALSE);
      ow_big_divmod (&q, &r, &a, &b);
      assert_big (&q, c->q);
      assert_big (&r, c->r);

      /* Results written over the inputs. */
      ow_big_set_limbs (&check, c->u, c->un, FALSE);
      ow_big_divmod (&check, NULL, &check, &b);
      assert_big (&check, c->q);
      ow_big_set_limbs (&check, c->u, c->un, FALSE);
      ow_big_divmod (NULL, &check, &check, &b);
      assert_big (&check, c->r);
    }
}

static void
test_big_divmod_signs (void)
{
  OwBig a, b, q, r;

  /* Truncating division: q toward zero, r has the sign of the dividend. */
  ow_big_set_int (&a, -7);
  ow_big_set_int (&b, 2);
  ow_big_divmod (&q, &r, &a, &b);
  assert_big (&q, "-3");
  assert_big (&r, "-1");
  ow_big_set_int (&a, 7);
  ow_big_set_int (&b, -2);
  ow_big_divmod (&q, &r, &a, &b);
  assert_big (&q, "-3");
  assert_big (&r, "1");
  ow_big_set_int (&a, -7);
  ow_big_divmod (&q, &r, &a, &b);
  assert_big (&q, "3");
  assert_big (&r, "-1");

  /* -(2^200 + 12345) / (2^70 + 3): q = -1361129467683753853850039665213252304896,
   * r = -10376293541461635129 (Python: q = -(|a| // b), r = a - q·b). */
  ow_big_set_int (&a, 1);
  ow_big_shift_left (&a, &a, 200);
  ow_big_set_int (&r, 12345);
  ow_big_add (&a, &a, &r);
  ow_big_sub (&a, &r, &a);
  ow_big_sub (&a, &a, &r);
  ow_big_set_int (&b, 1);
  ow_big_shift_left (&b, &b, 70);
  ow_big_set_int (&r, 3);
  ow_big_add (&b, &b, &r);
  ow_big_divmod (&q, &r, &a, &b);
  assert_big (&q, "-1361129467683753853850039665213252304896");
  assert_big (&r, "-10376293541461635129");

  /* A dividend smaller than the divisor. */
  ow_big_set_int (&a, -5);
  ow_big_divmod (&q, &r, &a, &b);
  assert_big (&q, "0");
  assert_big (&r, "-5");
}

static void
big_abs (OwBig *r, const OwBig *a)
{
  OwBig zero;

  ow_big_set_int (&zero, 0);
  if (ow_big_sign (a) < 0)
    ow_big_sub (r, &zero, a);
  else
    ow_big_add (r, &zero, a);
}

/* q·b + r = a and |r| < |b| with r of a's sign, on many structured random
 * operands: catches any estimate or add-back mistake that the fixed vectors
 * miss, using only multiplication and addition to check. */
static void
test_big_divmod_random (void)
{
  rng_seed (20240601);
  for (guint i = 0; i < 20000; i++)
    {
      OwBig a, b, q, r, back, absr, absb;
      guint64 d = 0;

      rng_big (&a, OW_BIG_LIMBS);
      if (i % 4 == 0)
        {
          d = rng_limb () | 1;
          ow_big_set_uint (&b, d);
        }
      else
        rng_big (&b, 1 + i % 8);
      if (ow_big_is_zero (&b))
        continue;
      ow_big_divmod (&q, &r, &a, &b);
      ow_big_mul (&back, &q, &b);
      ow_big_add (&back, &back, &r);
      g_assert_false (ow_big_overflowed (&back));
      g_assert_cmpint (ow_big_cmp (&back, &a), ==, 0);

      big_abs (&absr, &r);
      big_abs (&absb, &b);
      g_assert_cmpint (ow_big_cmp (&absr, &absb), <, 0);
      g_assert_true (ow_big_sign (&r) == 0 || ow_big_sign (&r) == ow_big_sign (&a));

      /* The single-limb path agrees with the general one. */
      if (d != 0)
        {
          OwBig q1, rem1;
          guint64 rem = ow_big_divmod_small (&q1, &a, d);

          ow_big_set_uint (&rem1, rem);
          g_assert_cmpint (ow_big_cmp (&q1, &q), ==, 0);
          g_assert_cmpint (ow_big_cmp (&rem1, &absr), ==, 0);
        }
    }
}

/* ---- OwExact ---- */

static void
test_exact_small (void)
{
  OwExact a, b, r;

  ow_exact_set_int (&a, 7);
  assert_exact (&a, "7/1");
  ow_exact_set_scaled (&a, 12345, 2);
  assert_exact (&a, "2469/20");
  ow_exact_set_fraction (&a, 6, 8);
  assert_exact (&a, "3/4");

  /* 3/4 + 1/8 = 7/8; 3/4 - 1/8 = 5/8; 3/4 · 1/8 = 3/32. */
  ow_exact_set_fraction (&b, 1, 8);
  ow_exact_add (&r, &a, &b);
  assert_exact (&r, "7/8");
  ow_exact_sub (&r, &a, &b);
  assert_exact (&r, "5/8");
  ow_exact_mul (&r, &a, &b);
  assert_exact (&r, "3/32");

  /* 3/4 · 12 = 9; 3/4 / 12 = 1/16; 3/4 / (1/8) = 6. */
  ow_exact_mul_int (&r, &a, 12);
  assert_exact (&r, "9/1");
  ow_exact_div_int (&r, &a, 12);
  assert_exact (&r, "1/16");
  ow_exact_div (&r, &a, &b);
  assert_exact (&r, "6/1");

  /* (3/4)^3 = 27/64; x^0 = 1; 0^0 = 1; 0^5 = 0. */
  ow_exact_pow (&r, &a, 3);
  assert_exact (&r, "27/64");
  ow_exact_pow (&r, &a, 0);
  assert_exact (&r, "1/1");
  ow_exact_set_int (&b, 0);
  ow_exact_pow (&r, &b, 0);
  assert_exact (&r, "1/1");
  ow_exact_pow (&r, &b, 5);
  g_assert_true (ow_exact_is_zero (&r));

  /* 0.01 · 100 = 1 exactly (the factor cancels against the denominator). */
  ow_exact_set_scaled (&a, 1, 2);
  ow_exact_mul_int (&r, &a, 100);
  assert_exact (&r, "1/1");

  /* 1 / 120 (a 1/N vesting fraction) and 1/12 + 1/120 = 11/120. */
  ow_exact_set_int (&a, 1);
  ow_exact_div_int (&r, &a, 120);
  assert_exact (&r, "1/120");
  ow_exact_set_fraction (&b, 1, 12);
  ow_exact_add (&r, &r, &b);
  assert_exact (&r, "11/120");

  /* 0.001 + 1/7 = 1007/7000. */
  ow_exact_set_scaled (&a, 1, 3);
  ow_exact_set_fraction (&b, 1, 7);
  ow_exact_add (&r, &a, &b);
  assert_exact (&r, "1007/7000");

  /* 100 / 123.45 = 2000/2469 (a cost-of-living index). */
  ow_exact_set_int (&a, 100);
  ow_exact_set_scaled (&b, 12345, 2);
  ow_exact_div (&r, &a, &b);
  assert_exact (&r, "2000/2469");
  ow_exact_mul (&r, &r, &b);
  assert_exact (&r, "100/1");

  /* min / max / abs / neg. */
  ow_exact_set_fraction (&a, -1, 3);
  ow_exact_set_fraction (&b, -1, 4);
  ow_exact_min (&r, &a, &b);
  assert_exact (&r, "-1/3");
  ow_exact_max (&r, &a, &b);
  assert_exact (&r, "-1/4");
  ow_exact_abs (&r, &a);
  assert_exact (&r, "1/3");
  ow_exact_neg (&r, &r);
  assert_exact (&r, "-1/3");
}

static void
test_exact_alignment (void)
{
  OwExact a, b, c, r;

  /* 1/3 + 1/6 = 1/2 exactly. */
  ow_exact_set_fraction (&a, 1, 3);
  ow_exact_set_fraction (&b, 1, 6);
  ow_exact_add (&r, &a, &b);
  ow_exact_set_fraction (&c, 1, 2);
  g_assert_true (ow_exact_equal (&r, &c));
  assert_exact (&r, "1/2");

  /* 0.1 + 0.2 == 0.3, which binary floating point gets wrong. */
  ow_exact_set_scaled (&a, 1, 1);
  ow_exact_set_scaled (&b, 2, 1);
  ow_exact_add (&r, &a, &b);
  ow_exact_set_scaled (&c, 3, 1);
  g_assert_true (ow_exact_equal (&r, &c));
  g_assert_cmpint (ow_exact_cmp (&r, &c), ==, 0);
  assert_exact (&r, "3/10");

  /* Different decimal scales: 1.25 (cents) + 0.000001 (millionths) +
   * 0.0375 (basis points) = 1.287501. */
  ow_exact_set_scaled (&a, 125, 2);
  ow_exact_set_scaled (&b, 1, 6);
  ow_exact_add (&r, &a, &b);
  ow_exact_set_scaled (&b, 375, 4);
  ow_exact_add (&r, &r, &b);
  ow_exact_set_scaled (&c, 1287501, 6);
  g_assert_true (ow_exact_equal (&r, &c));

  /* 0.333333 < 1/3 < 0.333334 across unrelated denominators. */
  ow_exact_set_scaled (&a, 333333, 6);
  ow_exact_set_fraction (&b, 1, 3);
  ow_exact_set_scaled (&c, 333334, 6);
  g_assert_cmpint (ow_exact_cmp (&a, &b), ==, -1);
  g_assert_cmpint (ow_exact_cmp (&b, &c), ==, -1);
  g_assert_cmpint (ow_exact_cmp (&c, &a), ==, 1);

  /* Zero compares equal whatever denominator it came from. */
  ow_exact_set_fraction (&a, 1, 7);
  ow_exact_sub (&r, &a, &a);
  g_assert_true (ow_exact_is_zero (&r));
  g_assert_cmpint (ow_exact_sign (&r), ==, 0);
  ow_exact_set_scaled (&b, 0, 18);
  ow_exact_set_int (&c, 0);
  g_assert_true (ow_exact_equal (&r, &b));
  g_assert_true (ow_exact_equal (&b, &c));
  g_assert_cmpint (ow_exact_cmp (&r, &c), ==, 0);
  assert_exact (&b, "0/1");
  ow_exact_set_fraction (&b, 0, -5);
  g_assert_true (ow_exact_equal (&b, &c));
  ow_exact_neg (&b, &b);
  g_assert_cmpint (ow_exact_sign (&b), ==, 0);
  assert_exact (&b, "0/1");
}

static void
test_exact_signs (void)
{
  OwExact a, b, r;

  /* set_fraction takes any sign on either side. */
  ow_exact_set_fraction (&a, 3, -4);
  assert_exact (&a, "-3/4");
  ow_exact_set_fraction (&a, -3, -4);
  assert_exact (&a, "3/4");
  ow_exact_set_fraction (&a, G_MININT64, G_MININT64);
  assert_exact (&a, "1/1");
  ow_exact_set_fraction (&a, 1, G_MININT64);
  assert_exact (&a, "-1/9223372036854775808");

  /* -1/3 · -3 = 1; -0.5 + 0.25 = -0.25; 1/4 - 1/2 = -1/4. */
  ow_exact_set_fraction (&a, -1, 3);
  ow_exact_mul_int (&r, &a, -3);
  assert_exact (&r, "1/1");
  ow_exact_set_scaled (&a, -5, 1);
  ow_exact_set_scaled (&b, 25, 2);
  ow_exact_add (&r, &a, &b);
  assert_exact (&r, "-1/4");
  g_assert_cmpint (ow_exact_sign (&r), ==, -1);
  ow_exact_set_fraction (&a, 1, 4);
  ow_exact_set_fraction (&b, 1, 2);
  ow_exact_sub (&r, &a, &b);
  assert_exact (&r, "-1/4");

  /* 0.25 / -5 = -1/20; -0.25 / -5 = 1/20; -1/2 · 1/3 = -1/6. */
  ow_exact_div_int (&r, &a, -5);
  assert_exact (&r, "-1/20");
  ow_exact_neg (&a, &a);
  ow_exact_div_int (&r, &a, -5);
  assert_exact (&r, "1/20");
  ow_exact_set_fraction (&a, -1, 2);
  ow_exact_set_fraction (&b, 1, 3);
  ow_exact_mul (&r, &a, &b);
  assert_exact (&r, "-1/6");
  /* (-1/2)^3 = -1/8, (-1/2)^2 = 1/4. */
  ow_exact_pow (&r, &a, 3);
  assert_exact (&r, "-1/8");
  ow_exact_pow (&r, &a, 2);
  assert_exact (&r, "1/4");
  /* -1/2 / (-1/3) = 3/2. */
  ow_exact_neg (&b, &b);
  ow_exact_div (&r, &a, &b);
  assert_exact (&r, "3/2");

  /* Ordering of negatives: -1/3 < -1/4 < 0 < 1/4. */
  ow_exact_set_fraction (&a, -1, 3);
  ow_exact_set_fraction (&b, -1, 4);
  g_assert_cmpint (ow_exact_cmp (&a, &b), ==, -1);
  g_assert_cmpint (ow_exact_cmp (&b, &a), ==, 1);
  ow_exact_set_int (&r, 0);
  g_assert_cmpint (ow_exact_cmp (&b, &r), ==, -1);
  ow_exact_abs (&r, &b);
  g_assert_cmpint (ow_exact_cmp (&b, &r), ==, -1);
}

/* Correctness must not depend on normalization: 1/3 · 3 is stored as 3/3
 * (the odd parts are only cancelled when they would outgrow their bound). */
static void
test_exact_unnormalized (void)
{
  OwExact a, b, r, one;

  ow_exact_set_fraction (&a, 1, 3);
  ow_exact_set_int (&b, 3);
  ow_exact_mul (&r, &a, &b);
  /* Peeking at the private field only to prove this test exercises an
   * unnormalized value. */
  g_assert_cmpuint (r.m, ==, 3);
  ow_exact_set_int (&one, 1);
  g_assert_true (ow_exact_equal (&r, &one));
  g_assert_cmpint (ow_exact_cmp (&r, &one), ==, 0);
  assert_exact (&r, "1/1");
  assert_round (&r, 2, 100);
  assert_floor (&r, 0, 1);
  assert_div_round (&r, &one, 0, 1);
  ow_exact_add (&r, &r, &r);
  ow_exact_set_int (&b, 2);
  g_assert_true (ow_exact_equal (&r, &b));
  ow_exact_sub (&r, &r, &b);
  g_assert_true (ow_exact_is_zero (&r));
}

static void
test_exact_round_ties (void)
{
  OwExact a, b, r;

  /* 0.125 → 0.13 and -0.125 → -0.13: half away from zero, not to even. */
  ow_exact_set_scaled (&a, 125, 3);
  assert_round (&a, 2, 13);
  ow_exact_neg (&a, &a);
  assert_round (&a, 2, -13);
  /* 0.145 → 0.15 (rounding half to even would give 0.14). */
  ow_exact_set_scaled (&a, 145, 3);
  assert_round (&a, 2, 15);
  /* 2.5 → 3, -2.5 → -3, 3.5 → 4. */
  ow_exact_set_scaled (&a, 25, 1);
  assert_round (&a, 0, 3);
  ow_exact_neg (&a, &a);
  assert_round (&a, 0, -3);
  ow_exact_set_scaled (&a, 35, 1);
  assert_round (&a, 0, 4);
  /* Just below a tie rounds down: 0.124999 → 0.12. */
  ow_exact_set_scaled (&a, 124999, 6);
  assert_round (&a, 2, 12);

  /* 100001 × 1.025 = 102501.025 → 102501.03. */
  ow_exact_set_int (&a, 100001);
  ow_exact_set_scaled (&b, 1025, 3);
  ow_exact_mul (&r, &a, &b);
  assert_exact (&r, "4100041/40");
  assert_round (&r, 2, 10250103);
  ow_exact_neg (&r, &r);
  assert_round (&r, 2, -10250103);

  /* Odd denominators: 2/3 → 0.67, -2/3 → -0.67, 1/3 to 18 decimals. */
  ow_exact_set_fraction (&a, 2, 3);
  assert_round (&a, 2, 67);
  ow_exact_neg (&a, &a);
  assert_round (&a, 2, -67);
  ow_exact_set_fraction (&a, 1, 3);
  assert_round (&a, 18, G_GINT64_CONSTANT (333333333333333333));
  ow_exact_set_fraction (&a, 2, 3);
  assert_round (&a, 18, G_GINT64_CONSTANT (666666666666666667));

  /* More decimals than the value has: 1.5 to 6 decimals. */
  ow_exact_set_scaled (&a, 15, 1);
  assert_round (&a, 6, 1500000);
}

static void
test_exact_floor (void)
{
  OwExact a, r;

  /* Floor goes toward -∞: 0.125 → 0.12, -0.125 → -0.13. */
  ow_exact_set_scaled (&a, 125, 3);
  assert_floor (&a, 2, 12);
  ow_exact_neg (&a, &a);
  assert_floor (&a, 2, -13);
  ow_exact_set_fraction (&a, 7, 3);
  assert_floor (&a, 0, 2);
  ow_exact_set_fraction (&a, -7, 3);
  assert_floor (&a, 0, -3);
  ow_exact_set_int (&a, -3);
  assert_floor (&a, 0, -3);

  /* floor_cumulative: 18 units over 4 points vest 4, 5, 4, 5
   * (floor (18·j/4) = 4, 9, 13, 18). */
  {
    static const gint64 cumulative[] = { 4, 9, 13, 18 };

    for (guint j = 1; j <= 4; j++)
      {
        ow_exact_set_fraction (&a, j, 4);
        ow_exact_mul_int (&r, &a, 18);
        assert_floor (&r, 0, cumulative[j - 1]);
      }
  }
}

/* 180000 × 1.03^9 = 180000 · 103^9 / 100^9
 *   = 234859173089264024940000 / 10^18
 *   = 11742958654463201247 / 50000000000000
 *   = 234859.17308926402494 → 234859.17.
 * (1.03^9 = 1.304773183829244583.) */
static void
test_exact_compound (void)
{
  OwExact base, raise, r, check;

  ow_exact_set_scaled (&base, 18000000, 2);
  ow_exact_set_fraction (&raise, 10300, 10000);
  ow_exact_pow (&r, &raise, 9);
  assert_exact (&r, "1304773183829244583/1000000000000000000");
  ow_exact_mul (&r, &base, &r);
  assert_exact (&r, "11742958654463201247/50000000000000");
  assert_round (&r, 2, 23485917);
  assert_floor (&r, 6, 234859173089);

  /* Compounding year by year gives the same exact value. */
  ow_exact_copy (&check, &base);
  for (guint k = 0; k < 9; k++)
    ow_exact_mul (&check, &check, &raise);
  g_assert_true (ow_exact_equal (&check, &r));

  /* The largest growth: (1 + 1000 %)^9 = 11^9 = 2357947691. */
  ow_exact_set_fraction (&raise, 10000 + 100000, 10000);
  ow_exact_pow (&r, &raise, 9);
  assert_exact (&r, "2357947691/1");
}

static void
test_exact_limits (void)
{
  OwExact money, units, growth, rate, r, t, one_e18;

  /* 1e12 (money, in cents) × 1e12 units (millionths) × 11^9 × 1e-12
   * = 1e12 · 2357947691 = 2357947691000000000000: exact, no overflow, but
   * too large for gint64 cents. */
  ow_exact_set_scaled (&money, G_GINT64_CONSTANT (100000000000000), 2);
  ow_exact_set_scaled (&units, G_GINT64_CONSTANT (1000000000000000000), 6);
  ow_exact_set_fraction (&growth, 110000, 10000);
  ow_exact_pow (&growth, &growth, 9);
  ow_exact_set_scaled (&rate, 1, 12);
  ow_exact_mul (&r, &money, &units);
  ow_exact_mul (&r, &r, &growth);
  ow_exact_mul (&r, &r, &rate);
  g_assert_false (ow_exact_overflowed (&r));
  assert_exact (&r, "2357947691000000000000/1");
  {
    gint64 out = 0;

    g_assert_false (ow_exact_round (&r, 2, &out));
    g_assert_false (ow_exact_overflowed (&r));
  }

  /* The same with a 12-decimal rate, tax, a 7-year horizon and an odd
   * cost-of-living index:
   *   1e12 · 1e12 · 11^9 · 123.456789012345 · (1 - 0.3733) / 7 · 100 / 123.45
   *   = 121623523016474033823926031000000000000 / 5761,
   * divided by 1e18 and rounded: 2111152977199688141 cents. */
  ow_exact_set_scaled (&rate, G_GINT64_CONSTANT (123456789012345), 12);
  ow_exact_mul (&r, &money, &units);
  ow_exact_mul (&r, &r, &growth);
  ow_exact_mul (&r, &r, &rate);
  ow_exact_set_scaled (&t, 10000 - 3733, 4);
  ow_exact_mul (&r, &r, &t);
  ow_exact_div_int (&r, &r, 7);
  ow_exact_mul_int (&r, &r, 100);
  ow_exact_set_scaled (&t, 12345, 2);
  ow_exact_div (&r, &r, &t);
  g_assert_false (ow_exact_overflowed (&r));
  assert_exact (&r, "121623523016474033823926031000000000000/5761");
  ow_exact_set_int (&one_e18, G_GINT64_CONSTANT (1000000000000000000));
  assert_div_round (&r, &one_e18, 2, G_GINT64_CONSTANT (2111152977199688141));

  /* The ends of gint64: G_MAXINT64 rounds, G_MAXINT64 + 0.5 does not;
   * -(2^63 - 0.5) rounds to G_MININT64, G_MININT64 - 0.5 does not. */
  ow_exact_set_int (&r, G_MAXINT64);
  assert_round (&r, 0, G_MAXINT64);
  ow_exact_set_scaled (&t, 5, 1);
  ow_exact_add (&r, &r, &t);
  {
    gint64 out = 0;

    g_assert_false (ow_exact_round (&r, 0, &out));
    assert_floor (&r, 0, G_MAXINT64);
    ow_exact_neg (&r, &r);
    assert_round (&r, 0, G_MININT64);
    ow_exact_set_int (&r, G_MININT64);
    assert_round (&r, 0, G_MININT64);
    ow_exact_sub (&r, &r, &t);
    g_assert_false (ow_exact_round (&r, 0, &out));
    g_assert_false (ow_exact_floor (&r, 0, &out));
  }

  /* The odd part of a denominator may come close to 2^62 and still cancel:
   * 7 / (2^63 - 1) = 1 / 1317624576693539401. */
  ow_exact_set_fraction (&r, 7, G_MAXINT64);
  g_assert_false (ow_exact_overflowed (&r));
  assert_exact (&r, "1/1317624576693539401");
}

static void
test_exact_overflow (void)
{
  OwExact a, b, r, one;
  gint64 out = 0;

  ow_exact_set_int (&one, 1);

  /* (2^63 - 1)^16 has 1008 bits; ^17 would need 1071. */
  ow_exact_set_int (&a, G_MAXINT64);
  ow_exact_pow (&r, &a, 16);
  g_assert_false (ow_exact_overflowed (&r));
  ow_exact_pow (&r, &a, 17);
  g_assert_true (ow_exact_overflowed (&r));
  assert_exact (&r, "overflow");
  g_assert_false (ow_exact_round (&r, 2, &out));
  g_assert_false (ow_exact_floor (&r, 2, &out));
  g_assert_false (ow_exact_div_round (&r, &one, 2, &out));
  g_assert_false (ow_exact_div_round (&one, &r, 2, &out));
  g_assert_false (ow_exact_is_zero (&r));
  g_assert_cmpint (ow_exact_sign (&r), ==, 0);

  /* Sticky through every operation, never wrapped into a small value. */
  ow_exact_add (&b, &r, &one);
  g_assert_true (ow_exact_overflowed (&b));
  ow_exact_sub (&b, &one, &r);
  g_assert_true (ow_exact_overflowed (&b));
  ow_exact_mul (&b, &r, &one);
  g_assert_true (ow_exact_overflowed (&b));
  ow_exact_mul_int (&b, &r, 0);
  g_assert_true (ow_exact_overflowed (&b));
  ow_exact_div_int (&b, &r, 3);
  g_assert_true (ow_exact_overflowed (&b));
  ow_exact_div (&b, &one, &r);
  g_assert_true (ow_exact_overflowed (&b));
  ow_exact_min (&b, &r, &one);
  g_assert_true (ow_exact_overflowed (&b));
  ow_exact_max (&b, &one, &r);
  g_assert_true (ow_exact_overflowed (&b));
  ow_exact_neg (&b, &r);
  g_assert_true (ow_exact_overflowed (&b));
  /* Overflowed values sort last and are never equal to anything. */
  g_assert_cmpint (ow_exact_cmp (&r, &one), ==, 1);
  g_assert_cmpint (ow_exact_cmp (&one, &r), ==, -1);
  g_assert_cmpint (ow_exact_cmp (&r, &b), ==, 0);
  g_assert_false (ow_exact_equal (&r, &r));

  /* The odd parts 2^61 - 1 (prime) and 3 cannot share a denominator below
   * 2^62: product, sum and division all overflow. */
  ow_exact_set_fraction (&a, 1, G_GINT64_CONSTANT (2305843009213693951));
  ow_exact_set_fraction (&b, 1, 3);
  g_assert_false (ow_exact_overflowed (&a));
  ow_exact_mul (&r, &a, &b);
  g_assert_true (ow_exact_overflowed (&r));
  ow_exact_add (&r, &a, &b);
  g_assert_true (ow_exact_overflowed (&r));
  ow_exact_div_int (&r, &a, 3);
  g_assert_true (ow_exact_overflowed (&r));
  /* ... unless the numerator cancels: 3/(2^61 - 1) · 1/3. */
  ow_exact_set_fraction (&a, 3, G_GINT64_CONSTANT (2305843009213693951));
  ow_exact_mul (&r, &a, &b);
  g_assert_false (ow_exact_overflowed (&r));
  assert_exact (&r, "1/2305843009213693951");
  ow_exact_div_int (&r, &a, 3);
  assert_exact (&r, "1/2305843009213693951");

  /* The lcm of the odd parts is too large until the unnormalized 3/3
   * (= 1/3 · 3) is cancelled: 1 + 1/(2^61 - 1) = 2^61 / (2^61 - 1). */
  ow_exact_set_fraction (&a, 1, 3);
  ow_exact_mul_int (&r, &one, 3);
  ow_exact_mul (&a, &a, &r);
  ow_exact_set_fraction (&b, 1, G_GINT64_CONSTANT (2305843009213693951));
  ow_exact_add (&r, &a, &b);
  g_assert_false (ow_exact_overflowed (&r));
  assert_exact (&r, "2305843009213693952/2305843009213693951");

  /* An odd part above 2^62 that does not cancel. */
  ow_exact_set_fraction (&r, 1, G_MAXINT64);
  g_assert_true (ow_exact_overflowed (&r));

  /* Exponent bounds: 10^-432 is representable, 10^-450 is not. */
  ow_exact_set_scaled (&a, 1, 18);
  ow_exact_pow (&r, &a, 24);
  g_assert_false (ow_exact_overflowed (&r));
  ow_exact_pow (&r, &a, 25);
  g_assert_true (ow_exact_overflowed (&r));

  /* A result too large for gint64 is FALSE, not an overflowed value. */
  ow_exact_set_int (&a, G_GINT64_CONSTANT (1000000000000000000));
  g_assert_false (ow_exact_round (&a, 2, &out));
  g_assert_false (ow_exact_overflowed (&a));
}

static void
test_exact_div (void)
{
  OwExact a, b, r, p;

  /* 2.5 / 2.5 = 1; 1/3 / (1/6) = 2. */
  ow_exact_set_fraction (&a, 10, 4);
  ow_exact_set_scaled (&b, 25, 1);
  ow_exact_div (&r, &a, &b);
  assert_exact (&r, "1/1");
  ow_exact_set_fraction (&a, 1, 3);
  ow_exact_set_fraction (&b, 1, 6);
  ow_exact_div (&r, &a, &b);
  assert_exact (&r, "2/1");

  /* Dividing by 1.05 (= 21/20) is exact: 1 / 1.05 = 20/21. */
  ow_exact_set_int (&a, 1);
  ow_exact_set_scaled (&b, 105, 2);
  ow_exact_div (&r, &a, &b);
  assert_exact (&r, "20/21");

  /* 1.0537^9 has a 121-bit odd numerator: ow_exact_div cannot put it in
   * the denominator (overflow), unless it divides the numerator exactly. */
  ow_exact_set_scaled (&b, 10537, 4);
  ow_exact_pow (&p, &b, 9);
  assert_exact (&p, "1601226689782722614398612850512329577/"
                    "1000000000000000000000000000000000000");
  ow_exact_div (&r, &a, &p);
  g_assert_true (ow_exact_overflowed (&r));
  ow_exact_mul_int (&r, &p, 3);
  ow_exact_div (&r, &r, &p);
  g_assert_false (ow_exact_overflowed (&r));
  assert_exact (&r, "3/1");
}

/* The divisions that finish the valuation (offer-model.md §2), each against
 * Python's Fraction arithmetic. */
static void
test_exact_div_round (void)
{
  static const gint64 totals[] = { 34700000, 31000000, 30000000, 31100000 }; /* cents */
  OwExact a, b, r, num, den, disc, t;

  /* Ties in both signs: 1/8 → 0.13, -1/8 → -0.13, 5/2 → 3, -5/2 → -3. */
  ow_exact_set_int (&a, 1);
  ow_exact_set_int (&b, 8);
  assert_div_round (&a, &b, 2, 13);
  ow_exact_set_int (&b, -8);
  assert_div_round (&a, &b, 2, -13);
  ow_exact_set_int (&a, 5);
  ow_exact_set_int (&b, 2);
  assert_div_round (&a, &b, 0, 3);
  ow_exact_set_int (&a, -5);
  assert_div_round (&a, &b, 0, -3);
  /* -3/7 to six decimals: -0.428571428... → -428571. */
  ow_exact_set_int (&a, -3);
  ow_exact_set_int (&b, 7);
  assert_div_round (&a, &b, 6, -428571);
  /* (1/3) / (1/3) = 1; 0 / x = 0. */
  ow_exact_set_fraction (&a, 1, 3);
  assert_div_round (&a, &a, 0, 1);
  ow_exact_set_int (&a, 0);
  assert_div_round (&a, &b, 2, 0);

  /* Present value at 5 %: Σ total_k / 1.05^(k-1) for the totals above
   * = 1183000.4319... → 118300043 cents.  Over a common denominator:
   * num = Σ total_k · 1.05^(H-k), den = 1.05^(H-1). */
  ow_exact_set_scaled (&disc, 105, 2);
  ow_exact_set_int (&num, 0);
  for (guint k = 0; k < G_N_ELEMENTS (totals); k++)
    {
      ow_exact_set_scaled (&t, totals[k], 2);
      ow_exact_pow (&r, &disc, G_N_ELEMENTS (totals) - 1 - k);
      ow_exact_mul (&t, &t, &r);
      ow_exact_add (&num, &num, &t);
    }
  ow_exact_pow (&den, &disc, G_N_ELEMENTS (totals) - 1);
  assert_div_round (&num, &den, 2, 118300043);

  /* The same at 5.37 %, whose powers cannot be a denominator:
   * 1177235.9393... → 117723594 cents. */
  ow_exact_set_scaled (&disc, 10537, 4);
  ow_exact_set_int (&num, 0);
  for (guint k = 0; k < G_N_ELEMENTS (totals); k++)
    {
      ow_exact_set_scaled (&t, totals[k], 2);
      ow_exact_pow (&r, &disc, G_N_ELEMENTS (totals) - 1 - k);
      ow_exact_mul (&t, &t, &r);
      ow_exact_add (&num, &num, &t);
    }
  ow_exact_pow (&den, &disc, G_N_ELEMENTS (totals) - 1);
  assert_div_round (&num, &den, 2, 117723594);

  /* Ten years at 5.37 % with 180000 × 1.035^(k-1) and a 40000 sign-on in
   * year 1: Σ (180000·1.035^k + 40000·[k=0]) / 1.0537^k for k = 0..9
   * = 1702845.5966... → 170284560 cents. */
  ow_exact_set_int (&num, 0);
  {
    OwExact base, raise;

    ow_exact_set_scaled (&base, 18000000, 2);
    ow_exact_set_scaled (&raise, 10350, 4);
    for (guint k = 0; k < 10; k++)
      {
        ow_exact_copy (&t, &base);
        if (k == 0)
          {
            ow_exact_set_int (&r, 40000);
            ow_exact_add (&t, &t, &r);
          }
        ow_exact_pow (&r, &disc, 9 - k);
        ow_exact_mul (&t, &t, &r);
        ow_exact_add (&num, &num, &t);
        ow_exact_mul (&base, &base, &raise);
      }
  }
  ow_exact_pow (&den, &disc, 9);
  assert_div_round (&num, &den, 2, 170284560);

  /* Cost of living: 1268000 × (1 - 0.287) × 100 / 123.45
   * = 1808168000/2469 = 732348.32... → 73234832 cents. */
  ow_exact_set_scaled (&a, 126800000, 2);
  ow_exact_set_scaled (&t, 10000 - 2870, 4);
  ow_exact_mul (&a, &a, &t);
  ow_exact_mul_int (&a, &a, 100);
  ow_exact_set_scaled (&b, 12345, 2);
  assert_div_round (&a, &b, 2, 73234832);

  /* Equity share: 400000 / 1268000 × 100 = 31.545... → 31.55 (percent with
   * two decimals is the ratio to four). */
  ow_exact_set_int (&a, 400000);
  ow_exact_set_int (&b, 1268000);
  assert_div_round (&a, &b, 4, 3155);

  /* A quotient that does not fit gint64. */
  {
    gint64 out = 0;

    ow_exact_set_int (&a, G_GINT64_CONSTANT (1000000000000000000));
    ow_exact_set_scaled (&b, 1, 6);
    g_assert_false (ow_exact_div_round (&a, &b, 0, &out));
  }
}

static void
test_exact_aliasing (void)
{
  OwExact a, b;

  ow_exact_set_fraction (&a, 2, 3);
  ow_exact_add (&a, &a, &a);
  assert_exact (&a, "4/3");
  ow_exact_mul (&a, &a, &a);
  assert_exact (&a, "16/9");
  ow_exact_sub (&a, &a, &a);
  assert_exact (&a, "0/1");

  ow_exact_set_scaled (&a, 15, 1);
  ow_exact_pow (&a, &a, 3);
  assert_exact (&a, "27/8");
  ow_exact_div (&a, &a, &a);
  assert_exact (&a, "1/1");
  ow_exact_mul_int (&a, &a, -6);
  ow_exact_div_int (&a, &a, 4);
  assert_exact (&a, "-3/2");
  ow_exact_abs (&a, &a);
  assert_exact (&a, "3/2");
  ow_exact_set_int (&b, 2);
  ow_exact_min (&a, &a, &b);
  assert_exact (&a, "3/2");
  ow_exact_max (&a, &a, &b);
  assert_exact (&a, "2/1");
  ow_exact_copy (&a, &a);
  assert_exact (&a, "2/1");
}

static void
test_exact_to_double (void)
{
  OwExact a;

  ow_exact_set_fraction (&a, 1, 3);
  g_assert_cmpfloat_with_epsilon (ow_exact_to_double (&a), 1.0 / 3.0, 1e-15);
  ow_exact_set_scaled (&a, -18000000, 2);
  g_assert_cmpfloat_with_epsilon (ow_exact_to_double (&a), -180000.0, 1e-9);
  /* 10^-306 and a 1008-bit integer survive the intermediate scaling. */
  ow_exact_set_scaled (&a, 1, 18);
  ow_exact_pow (&a, &a, 17);
  g_assert_cmpfloat_with_epsilon (ow_exact_to_double (&a) / 1e-306, 1.0, 1e-12);
  ow_exact_set_int (&a, G_MAXINT64);
  ow_exact_pow (&a, &a, 16);
  g_assert_cmpfloat_with_epsilon (ow_exact_to_double (&a) / 2.7430620343968443e+303, 1.0, 1e-12);
  ow_exact_set_int (&a, 0);
  g_assert_cmpfloat (ow_exact_to_double (&a), ==, 0.0);
}

/* Identities on random decimal values of the kinds the valuation uses. */
static void
test_exact_random_identities (void)
{
  static const guint decimals[] = { 0, 2, 4, 6, 12 };

  rng_seed (7);
  for (guint i = 0; i < 5000; i++)
    {
      OwExact a, b, r;
      gint64 k = (gint64) (rng_next () % 120) + 1;
      gint64 av = (gint64) (rng_next () % G_GUINT64_CONSTANT (200000000000000)) - G_GINT64_CONSTANT (100000000000000);
      gint64 bv = (gint64) (rng_next () % G_GUINT64_CONSTANT (2000000000000)) - G_GINT64_CONSTANT (1000000000000);

      ow_exact_set_scaled (&a, av, decimals[rng_next () % G_N_ELEMENTS (decimals)]);
      ow_exact_set_scaled (&b, bv, decimals[rng_next () % G_N_ELEMENTS (decimals)]);
      if (i % 3 == 0)
        ow_exact_div_int (&b, &b, k);

      /* (a + b) - b = a */
      ow_exact_add (&r, &a, &b);
      ow_exact_sub (&r, &r, &b);
      g_assert_true (ow_exact_equal (&r, &a));
      /* (a · k) / k = a, (a / k) · k = a */
      ow_exact_mul_int (&r, &a, k);
      ow_exact_div_int (&r, &r, k);
      g_assert_true (ow_exact_equal (&r, &a));
      ow_exact_div_int (&r, &a, k);
      ow_exact_mul_int (&r, &r, k);
      g_assert_true (ow_exact_equal (&r, &a));
      /* cmp is antisymmetric and agrees with the sign of the difference. */
      ow_exact_sub (&r, &a, &b);
      g_assert_cmpint (ow_exact_cmp (&a, &b), ==, ow_exact_sign (&r));
      g_assert_cmpint (ow_exact_cmp (&b, &a), ==, -ow_exact_sign (&r));
      /* a · b / b = a when b ≠ 0 */
      if (!ow_exact_is_zero (&b))
        {
          ow_exact_mul (&r, &a, &b);
          ow_exact_div (&r, &r, &b);
          g_assert_true (ow_exact_equal (&r, &a));
        }
    }
}

static void
test_exact_bad_arguments (void)
{
  OwExact a, r;

  if (g_test_undefined ())
    {
      ow_exact_set_int (&a, 1);
      g_test_expect_message ("ow-exact", G_LOG_LEVEL_CRITICAL, "*k != 0*");
      ow_exact_div_int (&r, &a, 0);
      g_test_assert_expected_messages ();
      g_assert_true (ow_exact_overflowed (&r));

      g_test_expect_message ("ow-exact", G_LOG_LEVEL_CRITICAL, "*den != 0*");
      ow_exact_set_fraction (&r, 1, 0);
      g_test_assert_expected_messages ();
      g_assert_true (ow_exact_overflowed (&r));

      ow_exact_set_int (&a, 0);
      g_test_expect_message ("ow-exact", G_LOG_LEVEL_CRITICAL, "*is_zero*");
      ow_exact_div (&r, &r, &a);
      g_test_assert_expected_messages ();
      g_assert_true (ow_exact_overflowed (&r));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/exact/big/basic", test_big_basic);
  g_test_add_func ("/ow/exact/big/shift", test_big_shift);
  g_test_add_func ("/ow/exact/big/overflow", test_big_overflow);
  g_test_add_func ("/ow/exact/big/divmod-small", test_big_divmod_small);
  g_test_add_func ("/ow/exact/big/divmod-knuth", test_big_divmod_knuth);
  g_test_add_func ("/ow/exact/big/divmod-signs", test_big_divmod_signs);
  g_test_add_func ("/ow/exact/big/divmod-random", test_big_divmod_random);
  g_test_add_func ("/ow/exact/small", test_exact_small);
  g_test_add_func ("/ow/exact/alignment", test_exact_alignment);
  g_test_add_func ("/ow/exact/signs", test_exact_signs);
  g_test_add_func ("/ow/exact/unnormalized", test_exact_unnormalized);
  g_test_add_func ("/ow/exact/round-ties", test_exact_round_ties);
  g_test_add_func ("/ow/exact/floor", test_exact_floor);
  g_test_add_func ("/ow/exact/compound", test_exact_compound);
  g_test_add_func ("/ow/exact/limits", test_exact_limits);
  g_test_add_func ("/ow/exact/overflow", test_exact_overflow);
  g_test_add_func ("/ow/exact/div", test_exact_div);
  g_test_add_func ("/ow/exact/div-round", test_exact_div_round);
  g_test_add_func ("/ow/exact/aliasing", test_exact_aliasing);
  g_test_add_func ("/ow/exact/to-double", test_exact_to_double);
  g_test_add_func ("/ow/exact/random-identities", test_exact_random_identities);
  g_test_add_func ("/ow/exact/bad-arguments", test_exact_bad_arguments);

  return g_test_run ();
}
