/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Exact rational arithmetic for the valuation (offer-model.md §2): every
 * figure is an exact rational, rounded half away from zero only when shown.
 *
 * OwBig is a signed big integer of fixed capacity that lives on the stack:
 * OW_BIG_LIMBS 64-bit limbs (1024 bits), little-endian, with a used length
 * (every operation costs in proportion to the used length, never to the
 * capacity), a sign and a sticky overflow flag.  It is the building block of
 * OwExact; the valuation itself should only need OwExact.
 *
 * OwExact is num / (2^e2 · 5^e5 · m) with num an OwBig and m odd, not a
 * multiple of 5 and at most OW_EXACT_M_MAX.  The valuation's inputs are
 * decimal (cents, basis points, millionths, rates with up to 12 decimals),
 * so almost every denominator is a power of ten: aligning two of them is a
 * max() of exponents plus a shift and a multiplication by a power of five,
 * with no big gcd.  The odd factors that do occur (1/N vesting fractions,
 * 1/12, a horizon of 3 or 7 years, an odd cost-of-living index) are small and
 * live in m; they are only ever cancelled against the numerator with a cheap
 * big-by-64-bit remainder, and only when m would otherwise exceed its bound.
 * Factors of 2 and 5 shared by numerator and denominator are stripped after
 * each operation when a constant-time (2) or linear-time (5: the sum of the
 * limbs, since 2^64 ≡ 1 mod 5) test says there is something to strip, so
 * values stay small; no result ever depends on that normalization.
 *
 * Limits:
 *   |numerator|   < 2^1024 (OW_BIG_LIMBS limbs)
 *   e2            ≤ OW_EXACT_E2_MAX (1024)
 *   e5            ≤ OW_EXACT_E5_MAX (441; 5^441 < 2^1024)
 *   m             ≤ OW_EXACT_M_MAX (2^62)
 * An operation whose exact result does not fit sets the sticky overflow flag
 * instead of wrapping; an overflowed input makes the result overflowed, and
 * ow_exact_round() and friends then return FALSE.  What can overflow:
 *   add, sub      the lcm of the odd parts above 2^62 even after each is
 *                 cancelled against its own numerator (checked before
 *                 adding, so a sum that would itself reduce still
 *                 overflows), or an aligned numerator above 1024 bits;
 *   mul, pow,     a numerator above 1024 bits, an exponent above its bound,
 *   mul_int       or the odd parts' product above 2^62 after cancelling;
 *   div_int, div  the same bounds; div also when the divisor's numerator
 *                 without its 2s and 5s is above 64 bits and does not
 *                 divide the dividend's numerator.
 * The valuation's ranges (money ≤ 1e14 cents, millionths ≤ 1e18, growth
 * 11^9, rates with 12 decimals, 10 years) stay far below these limits.  A
 * sum that divides by a large odd number, like present value's
 * (1 + d)^(k-1), should be brought over a common denominator and finished
 * with ow_exact_div_round(), which divides by any non-zero value.
 *
 * The structures are public so callers can keep them on the stack, but their
 * fields are private: use the functions.  A value must be set with one of
 * the ow_exact_set_*() functions (or be the result of an operation) before
 * it is read.  Every operation writes its result through the first
 * argument, which may be the same object as any input.  Zero is always
 * stored with denominator 1 and is never negative.
 *
 * Nothing here allocates except the to_string() functions, and nothing uses
 * floating point except ow_exact_to_double(), which is for drawing only.
 * The implementation needs unsigned __int128 (every 64-bit GCC or Clang
 * target) and libm (for ow_exact_to_double() only).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OW_BIG_LIMBS 16

#define OW_EXACT_M_MAX (G_GUINT64_CONSTANT (1) << 62)
#define OW_EXACT_E2_MAX 1024
#define OW_EXACT_E5_MAX 441

typedef struct _OwBig OwBig;
typedef struct _OwExact OwExact;

struct _OwBig
{
  /*< private >*/
  guint32 len;
  guint8 negative;
  guint8 overflow;
  guint16 reserved;
  guint64 limb[OW_BIG_LIMBS];
};

struct _OwExact
{
  /*< private >*/
  guint64 m;
  guint16 e2;
  guint16 e5;
  guint32 reserved;
  OwBig num;
};

/* OwBig: signed integers, truncating division (like C's / and %). */
void     ow_big_set_int       (OwBig *r, gint64 v);
void     ow_big_set_uint      (OwBig *r, guint64 v);
/* n ≤ OW_BIG_LIMBS little-endian limbs (more sets the overflow flag). */
void     ow_big_set_limbs     (OwBig *r, const guint64 *limbs, guint n, gboolean negative);
gboolean ow_big_to_int64      (const OwBig *a, gint64 *out);
void     ow_big_add           (OwBig *r, const OwBig *a, const OwBig *b);
void     ow_big_sub           (OwBig *r, const OwBig *a, const OwBig *b);
void     ow_big_mul           (OwBig *r, const OwBig *a, const OwBig *b);
void     ow_big_mul_small     (OwBig *r, const OwBig *a, guint64 k);
/* q = a / d truncated (q may be NULL); returns |a % d| (the remainder has
 * the sign of a).  d != 0. */
guint64  ow_big_divmod_small  (OwBig *q, const OwBig *a, guint64 d);
/* q = a / b truncated toward zero, rem = a - q·b (sign of a); either may be
 * NULL.  b != 0.  Knuth's algorithm D for multi-limb divisors. */
void     ow_big_divmod        (OwBig *q, OwBig *rem, const OwBig *a, const OwBig *b);
int      ow_big_cmp           (const OwBig *a, const OwBig *b);
int      ow_big_sign          (const OwBig *a);
gboolean ow_big_is_zero       (const OwBig *a);
gboolean ow_big_overflowed    (const OwBig *a);
/* Shifts act on the magnitude; the sign is kept (right shift truncates
 * toward zero). */
void     ow_big_shift_left    (OwBig *r, const OwBig *a, guint bits);
void     ow_big_shift_right   (OwBig *r, const OwBig *a, guint bits);
/* Trailing zero bits of the magnitude; 0 for zero. */
guint    ow_big_ctz           (const OwBig *a);
/* Decimal, "-" for negatives, "overflow" when overflowed.  Free with g_free. */
char    *ow_big_to_string     (const OwBig *a);

/* OwExact: exact rationals. */
void     ow_exact_set_int      (OwExact *r, gint64 v);
/* v · 10^-decimals, decimals ≤ 18. */
void     ow_exact_set_scaled   (OwExact *r, gint64 v, guint decimals);
/* num / den, den != 0, any sign and any prime factors. */
void     ow_exact_set_fraction (OwExact *r, gint64 num, gint64 den);
void     ow_exact_copy         (OwExact *r, const OwExact *a);
void     ow_exact_add          (OwExact *r, const OwExact *a, const OwExact *b);
void     ow_exact_sub          (OwExact *r, const OwExact *a, const OwExact *b);
void     ow_exact_mul          (OwExact *r, const OwExact *a, const OwExact *b);
void     ow_exact_mul_int      (OwExact *r, const OwExact *a, gint64 k);
/* k != 0. */
void     ow_exact_div_int      (OwExact *r, const OwExact *a, gint64 k);
/* Exact a / b, b != 0.  b's numerator without its 2s and 5s becomes part of
 * the result's m: overflows when that cofactor is above 64 bits (and does
 * not divide a's numerator) or when m would exceed OW_EXACT_M_MAX after
 * cancelling.  Fine for dividing by rates, indexes, the horizon, share
 * counts; finish a division by an arbitrary value such as
 * (1 + discount)^(k-1) with ow_exact_div_round() instead. */
void     ow_exact_div          (OwExact *r, const OwExact *a, const OwExact *b);
/* a^n, n ≤ 64; a^0 = 1. */
void     ow_exact_pow          (OwExact *r, const OwExact *a, guint n);
void     ow_exact_neg          (OwExact *r, const OwExact *a);
void     ow_exact_abs          (OwExact *r, const OwExact *a);
/* Overflowed when either input is. */
void     ow_exact_min          (OwExact *r, const OwExact *a, const OwExact *b);
void     ow_exact_max          (OwExact *r, const OwExact *a, const OwExact *b);
/* -1, 0, 1.  An overflowed value compares above every other value and equal
 * to another overflowed value (a total order for sorting). */
int      ow_exact_cmp          (const OwExact *a, const OwExact *b);
/* -1, 0, 1; 0 for an overflowed value. */
int      ow_exact_sign         (const OwExact *a);
/* FALSE for an overflowed value. */
gboolean ow_exact_is_zero      (const OwExact *a);
/* Value equality, whatever the representation; FALSE when either input is
 * overflowed. */
gboolean ow_exact_equal        (const OwExact *a, const OwExact *b);
gboolean ow_exact_overflowed   (const OwExact *a);
/* Round half away from zero to a multiple of 10^-decimals and return it
 * scaled (decimals = 2 gives cents); decimals ≤ 18.  FALSE when the result
 * does not fit gint64 or a is overflowed. */
gboolean ow_exact_round        (const OwExact *a, guint decimals, gint64 *out);
/* Floor (toward -∞) to a multiple of 10^-decimals, scaled; decimals ≤ 18. */
gboolean ow_exact_floor        (const OwExact *a, guint decimals, gint64 *out);
/* round_half_away_from_zero (a / b) scaled by 10^decimals; b != 0,
 * decimals ≤ 18.  General big-integer division: this is how present value,
 * cost-of-living adjustment with odd indexes and percentages are finished.
 * FALSE when the result does not fit gint64 or an input is overflowed. */
gboolean ow_exact_div_round    (const OwExact *a, const OwExact *b, guint decimals, gint64 *out);
/* For drawing only, never for figures. */
double   ow_exact_to_double    (const OwExact *a);
/* "num/den" in lowest terms, in decimal ("overflow" when overflowed), for
 * test messages and diagnostics.  Free with g_free. */
char    *ow_exact_to_string    (const OwExact *a);

G_END_DECLS
