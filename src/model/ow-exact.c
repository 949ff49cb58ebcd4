/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Exact rational arithmetic for the valuation: fixed-capacity big integers
 * on the stack and rationals with a factored 2^e2 · 5^e5 · m denominator.
 * See ow-exact.h for the representation and its limits. */

#define G_LOG_DOMAIN "ow-exact"

#include "config.h"

#include "ow-exact.h"

#include <math.h>

typedef unsigned __int128 u128;

/* Scratch buffers for intermediate results.  Aligning two values can
 * multiply a 1024-bit numerator by up to 2^1024 · 5^441 · m (49 limbs), and
 * div_round's dividend can reach 51 limbs; 64 covers every case the limits
 * allow, so the scratch arithmetic itself never runs out of room. */
#define WIDE_LIMBS 64

#define POW5_MAX 27
#define POW10_MAX 19

static const guint64 pow5_table[POW5_MAX + 1] = {
  G_GUINT64_CONSTANT (1), G_GUINT64_CONSTANT (5), G_GUINT64_CONSTANT (25),
  G_GUINT64_CONSTANT (125), G_GUINT64_CONSTANT (625), G_GUINT64_CONSTANT (3125),
  G_GUINT64_CONSTANT (15625), G_GUINT64_CONSTANT (78125), G_GUINT64_CONSTANT (390625),
  G_GUINT64_CONSTANT (1953125), G_GUINT64_CONSTANT (9765625),
  G_GUINT64_CONSTANT (48828125), G_GUINT64_CONSTANT (244140625),
  G_GUINT64_CONSTANT (1220703125), G_GUINT64_CONSTANT (6103515625),
  G_GUINT64_CONSTANT (30517578125), G_GUINT64_CONSTANT (152587890625),
  G_GUINT64_CONSTANT (762939453125), G_GUINT64_CONSTANT (3814697265625),
  G_GUINT64_CONSTANT (19073486328125), G_GUINT64_CONSTANT (95367431640625),
  G_GUINT64_CONSTANT (476837158203125), G_GUINT64_CONSTANT (2384185791015625),
  G_GUINT64_CONSTANT (11920928955078125), G_GUINT64_CONSTANT (59604644775390625),
  G_GUINT64_CONSTANT (298023223876953125), G_GUINT64_CONSTANT (1490116119384765625),
  G_GUINT64_CONSTANT (7450580596923828125),
};

static const guint64 pow10_table[POW10_MAX + 1] = {
  G_GUINT64_CONSTANT (1), G_GUINT64_CONSTANT (10), G_GUINT64_CONSTANT (100),
  G_GUINT64_CONSTANT (1000), G_GUINT64_CONSTANT (10000), G_GUINT64_CONSTANT (100000),
  G_GUINT64_CONSTANT (1000000), G_GUINT64_CONSTANT (10000000),
  G_GUINT64_CONSTANT (100000000), G_GUINT64_CONSTANT (1000000000),
  G_GUINT64_CONSTANT (10000000000), G_GUINT64_CONSTANT (100000000000),
  G_GUINT64_CONSTANT (1000000000000), G_GUINT64_CONSTANT (10000000000000),
  G_GUINT64_CONSTANT (100000000000000), G_GUINT64_CONSTANT (1000000000000000),
  G_GUINT64_CONSTANT (10000000000000000), G_GUINT64_CONSTANT (100000000000000000),
  G_GUINT64_CONSTANT (1000000000000000000), G_GUINT64_CONSTANT (10000000000000000000),
};

/* ------------------------------------------------------------------------
 * Limb arithmetic on (pointer, length) magnitudes.  Lengths are normalized
 * (no high zero limbs) on input and output; zero has length 0.
 * ------------------------------------------------------------------------ */

/* Copies n limbs between buffers that do not overlap.  A plain loop: GCC
 * expands a variable-length memcpy inline as "rep movsq", whose start-up
 * cost is several times that of copying the two to six limbs we copy. */
static inline void
mpn_copy (guint64 *dst, const guint64 *src, guint n)
{
  for (guint i = 0; i < n; i++)
    dst[i] = src[i];
}

static inline guint
mpn_normalize (const guint64 *a, guint n)
{
  while (n > 0 && a[n - 1] == 0)
    n--;
  return n;
}

static int
mpn_cmp (const guint64 *a, guint an, const guint64 *b, guint bn)
{
  if (an != bn)
    return an < bn ? -1 : 1;
  for (guint i = an; i-- > 0;)
    if (a[i] != b[i])
      return a[i] < b[i] ? -1 : 1;
  return 0;
}

/* r = a + b.  r needs room for max (an, bn) + 1 limbs and may alias a or b
 * (each limb is read before the same index is written). */
static guint
mpn_add (guint64 *r, const guint64 *a, guint an, const guint64 *b, guint bn)
{
  guint64 carry = 0;
  guint i;

  if (an < bn)
    {
      const guint64 *t = a;
      guint tn = an;

      a = b;
      an = bn;
      b = t;
      bn = tn;
    }
  for (i = 0; i < bn; i++)
    {
      guint64 s = a[i] + carry;
      guint64 c = s < carry;
      guint64 t = s + b[i];

      c += t < s;
      r[i] = t;
      carry = c;
    }
  for (; i < an; i++)
    {
      guint64 t = a[i] + carry;

      carry = t < carry;
      r[i] = t;
    }
  if (carry)
    r[i++] = carry;
  return i;
}

/* r = a - b with a ≥ b.  r needs room for an limbs and may alias a or b. */
static guint
mpn_sub (guint64 *r, const guint64 *a, guint an, const guint64 *b, guint bn)
{
  guint64 borrow = 0;
  guint i;

  g_assert (an >= bn);
  for (i = 0; i < bn; i++)
    {
      guint64 ai = a[i];
      guint64 t = ai - b[i];
      guint64 bw = ai < b[i];

      /* When ai < b[i], t ≥ 1, so the second borrow cannot also happen. */
      bw |= t < borrow;
      r[i] = t - borrow;
      borrow = bw;
    }
  for (; i < an; i++)
    {
      guint64 ai = a[i];

      r[i] = ai - borrow;
      borrow = ai < borrow;
    }
  g_assert (borrow == 0);
  return mpn_normalize (r, an);
}

/* r = a · k.  r needs room for an + 1 limbs and may alias a. */
static guint
mpn_mul_1 (guint64 *r, const guint64 *a, guint an, guint64 k)
{
  guint64 carry = 0;

  if (k == 0)
    return 0;
  for (guint i = 0; i < an; i++)
    {
      u128 p = (u128) a[i] * k + carry;

      r[i] = (guint64) p;
      carry = (guint64) (p >> 64);
    }
  if (carry)
    {
      r[an] = carry;
      return an + 1;
    }
  return an;
}

/* r = a · b.  r needs room for an + bn limbs and must not alias a or b. */
static guint
mpn_mul (guint64 *r, const guint64 *a, guint an, const guint64 *b, guint bn)
{
  if (an == 0 || bn == 0)
    return 0;
  if (an < bn)
    {
      const guint64 *t = a;
      guint tn = an;

      a = b;
      an = bn;
      b = t;
      bn = tn;
    }

  /* The first row initializes r, so r needs no clearing. */
  {
    guint64 carry = 0;

    for (guint i = 0; i < an; i++)
      {
        u128 p = (u128) a[i] * b[0] + carry;

        r[i] = (guint64) p;
        carry = (guint64) (p >> 64);
      }
    r[an] = carry;
  }
  for (guint j = 1; j < bn; j++)
    {
      guint64 carry = 0;
      guint64 bj = b[j];

      for (guint i = 0; i < an; i++)
        {
          /* (2^64-1)^2 + 2 (2^64-1) = 2^128 - 1: the sum cannot overflow. */
          u128 p = (u128) a[i] * bj + r[i + j] + carry;

          r[i + j] = (guint64) p;
          carry = (guint64) (p >> 64);
        }
      r[an + j] = carry;
    }
  return mpn_normalize (r, an + bn);
}

/* Bits needed for a (0 for zero). */
static inline guint
mpn_bits (const guint64 *a, guint an)
{
  return an == 0 ? 0 : 64 * an - (guint) __builtin_clzll (a[an - 1]);
}

/* r = a << bits.  r needs room for the exact result (see mpn_bits) and may
 * alias a: limbs are written from the top down, each after its sources
 * were read. */
static guint
mpn_lshift (guint64 *r, const guint64 *a, guint an, guint bits)
{
  guint w = bits / 64;
  guint s = bits % 64;
  guint n;

  if (an == 0)
    return 0;
  if (s == 0)
    {
      for (guint i = an; i-- > 0;)
        r[i + w] = a[i];
      n = an + w;
    }
  else
    {
      guint64 hi = a[an - 1] >> (64 - s);

      n = an + w;
      if (hi)
        r[n++] = hi;
      for (guint i = an - 1; i > 0; i--)
        r[i + w] = (a[i] << s) | (a[i - 1] >> (64 - s));
      r[w] = a[0] << s;
    }
  for (guint i = 0; i < w; i++)
    r[i] = 0;
  return n;
}

/* r = a >> bits.  r needs room for an limbs and may alias a. */
static guint
mpn_rshift (guint64 *r, const guint64 *a, guint an, guint bits)
{
  guint w = bits / 64;
  guint s = bits % 64;
  guint n;

  if (w >= an)
    return 0;
  n = an - w;
  if (s == 0)
    {
      for (guint i = 0; i < n; i++)
        r[i] = a[i + w];
    }
  else
    {
      for (guint i = 0; i + 1 < n; i++)
        r[i] = (a[i + w] >> s) | (a[i + w + 1] << (64 - s));
      r[n - 1] = a[an - 1] >> s;
    }
  return mpn_normalize (r, n);
}

static guint
mpn_ctz (const guint64 *a, guint an)
{
  for (guint i = 0; i < an; i++)
    if (a[i])
      return 64 * i + (guint) __builtin_ctzll (a[i]);
  return 0;
}

/* a mod 5 without a division: 2^64 ≡ 1 (mod 5), so a is congruent to the
 * sum of its limbs. */
static guint
mpn_mod5 (const guint64 *a, guint an)
{
  guint64 sum = 0;
  guint64 carries = 0;

  for (guint i = 0; i < an; i++)
    {
      sum += a[i];
      carries += sum < a[i];
    }
  return (guint) ((sum % 5 + carries % 5) % 5);
}

/* The reciprocal of a normalized divisor d (top bit set) for mpn_div_2by1:
 * floor ((2^128 - 1) / d) - 2^64 (Möller and Granlund, "Improved division
 * by invariant integers", 2011).  One hardware division per divisor instead
 * of one per limb. */
static inline guint64
mpn_reciprocal (guint64 d)
{
  return (guint64) ((((u128) ~d) << 64 | G_MAXUINT64) / d);
}

/* (u1, u0) / d for normalized d and u1 < d, using v = mpn_reciprocal (d):
 * Algorithm 4 of Möller and Granlund. */
static inline guint64
mpn_div_2by1 (guint64 *rem, guint64 u1, guint64 u0, guint64 d, guint64 v)
{
  u128 q = (u128) v * u1 + ((((u128) u1) << 64) | u0);
  guint64 q1 = (guint64) (q >> 64) + 1;
  guint64 q0 = (guint64) q;
  guint64 r = u0 - q1 * d;

  if (r > q0)
    {
      q1--;
      r += d;
    }
  if (G_UNLIKELY (r >= d))
    {
      q1++;
      r -= d;
    }
  *rem = r;
  return q1;
}

/* q = a / d, returns a % d; d != 0.  q may be NULL (remainder only) or
 * alias a; it needs room for an limbs and is not normalized here. */
static guint64
mpn_divrem_1 (guint64 *q, const guint64 *a, guint an, guint64 d)
{
  guint s;
  guint64 dn, v, r;

  g_assert (d != 0);
  if (an == 0)
    return 0;
  if (an == 1)
    {
      guint64 a0 = a[0];

      if (q)
        q[0] = a0 / d;
      return a0 % d;
    }

  s = (guint) __builtin_clzll (d);
  dn = d << s;
  v = mpn_reciprocal (dn);
  if (s == 0)
    {
      r = 0;
      for (guint i = an; i-- > 0;)
        {
          guint64 qi = mpn_div_2by1 (&r, r, a[i], dn, v);

          if (q)
            q[i] = qi;
        }
      return r;
    }

  /* Divide (a << s) by (d << s): same quotient, remainder scaled by 2^s. */
  r = a[an - 1] >> (64 - s);
  for (guint i = an; i-- > 0;)
    {
      guint64 limb = (a[i] << s) | (i > 0 ? a[i - 1] >> (64 - s) : 0);
      guint64 qi = mpn_div_2by1 (&r, r, limb, dn, v);

      if (q)
        q[i] = qi;
    }
  return r >> s;
}

/* Knuth's algorithm D (TAOCP vol. 2, 4.3.1) with 64-bit limbs.  a has an
 * limbs, b has bn ≥ 2 limbs, an ≥ bn.  q gets an - bn + 1 limbs, rem gets bn
 * limbs (neither normalized); they must not alias the inputs. */
static void
mpn_divrem (guint64 *q, guint64 *rem, const guint64 *a, guint an,
            const guint64 *b, guint bn)
{
  guint64 un[WIDE_LIMBS + 1];
  guint64 vn[WIDE_LIMBS];
  guint s;
  guint64 d1, d0, v;

  g_assert (bn >= 2 && an >= bn && an <= WIDE_LIMBS && b[bn - 1] != 0);

  /* D1: normalize so that the divisor's top bit is set, which keeps the
   * quotient-digit estimate at most 2 too large. */
  s = (guint) __builtin_clzll (b[bn - 1]);
  if (s == 0)
    {
      mpn_copy (vn, b, bn);
      mpn_copy (un, a, an);
      un[an] = 0;
    }
  else
    {
      for (guint i = bn - 1; i > 0; i--)
        vn[i] = (b[i] << s) | (b[i - 1] >> (64 - s));
      vn[0] = b[0] << s;
      un[an] = a[an - 1] >> (64 - s);
      for (guint i = an - 1; i > 0; i--)
        un[i] = (a[i] << s) | (a[i - 1] >> (64 - s));
      un[0] = a[0] << s;
    }

  d1 = vn[bn - 1];
  d0 = vn[bn - 2];
  v = mpn_reciprocal (d1);

  for (guint jj = an - bn + 1; jj-- > 0;)
    {
      guint j = jj;
      guint64 u2 = un[j + bn];
      guint64 u1 = un[j + bn - 1];
      guint64 u0 = un[j + bn - 2];
      guint64 qhat;
      u128 rhat;
      guint64 carry = 0;
      guint64 borrow = 0;
      u128 sub;
      guint64 top;

      /* D3: estimate the digit from the top two limbs of the divisor.  The
       * running remainder is below the divisor, so u2 ≤ d1; when they are
       * equal the estimate is capped at 2^64 - 1. */
      if (u2 >= d1)
        {
          qhat = G_MAXUINT64;
          rhat = (u128) u1 + d1;
        }
      else
        {
          guint64 r1;

          qhat = mpn_div_2by1 (&r1, u2, u1, d1, v);
          rhat = r1;
        }
      while ((rhat >> 64) == 0 && (u128) qhat * d0 > ((rhat << 64) | u0))
        {
          qhat--;
          rhat += d1;
        }

      /* D4: multiply and subtract. */
      for (guint i = 0; i < bn; i++)
        {
          u128 p = (u128) qhat * vn[i] + carry;
          guint64 pl = (guint64) p;
          guint64 u = un[i + j];
          guint64 t = u - pl;
          guint64 bw = u < pl;

          carry = (guint64) (p >> 64);
          bw |= t < borrow;
          un[i + j] = t - borrow;
          borrow = bw;
        }
      top = un[j + bn];
      sub = (u128) carry + borrow;
      un[j + bn] = top - carry - borrow;

      /* D5, D6: the estimate was still one too large (probability about
       * 2/2^64); add the divisor back. */
      if (G_UNLIKELY ((u128) top < sub))
        {
          guint64 c = 0;

          qhat--;
          for (guint i = 0; i < bn; i++)
            {
              guint64 s1 = un[i + j] + c;
              guint64 c1 = s1 < c;
              guint64 s2 = s1 + vn[i];

              c1 |= s2 < s1;
              un[i + j] = s2;
              c = c1;
            }
          un[j + bn] += c;
        }
      q[j] = qhat;
    }

  /* D8: unnormalize the remainder. */
  if (s == 0)
    mpn_copy (rem, un, bn);
  else
    {
      for (guint i = 0; i + 1 < bn; i++)
        rem[i] = (un[i] >> s) | (un[i + 1] << (64 - s));
      rem[bn - 1] = un[bn - 1] >> s;
    }
}

/* q = a / b, rem = a % b for magnitudes of any length (b non-zero); q needs
 * room for an limbs, rem for bn limbs.  Returns the lengths. */
static void
mpn_divmod (guint64 *q, guint *qn, guint64 *rem, guint *rn,
            const guint64 *a, guint an, const guint64 *b, guint bn)
{
  g_assert (bn > 0);
  if (mpn_cmp (a, an, b, bn) < 0)
    {
      mpn_copy (rem, a, an);
      *rn = an;
      *qn = 0;
      return;
    }
  if (bn == 1)
    {
      rem[0] = mpn_divrem_1 (q, a, an, b[0]);
      *rn = rem[0] != 0;
      *qn = mpn_normalize (q, an);
      return;
    }
  mpn_divrem (q, rem, a, an, b, bn);
  *qn = mpn_normalize (q, an - bn + 1);
  *rn = mpn_normalize (rem, bn);
}

/* x · f · 5^k5 · 2^k2 into dst (which may be x).  Returns the new length,
 * or G_MAXUINT when it would not fit cap limbs. */
static guint
mpn_scale (guint64 *dst, const guint64 *x, guint n, guint cap,
           guint64 f, guint k5, guint k2)
{
  const guint64 *src = x;

  if (n == 0)
    return 0;

  /* Fold 5s into the one-limb factor while the product fits, so that the
   * usual alignment (f = 1, a few 5s) costs a single pass; when it does not
   * fit, flush the factor with one pass and start again from 5^j. */
  while (k5 > 0)
    {
      guint j = MIN (k5, POW5_MAX);
      guint64 folded;

      if (__builtin_mul_overflow (f, pow5_table[j], &folded))
        {
          if (n + 1 > cap)
            return G_MAXUINT;
          n = mpn_mul_1 (dst, src, n, f);
          src = dst;
          folded = pow5_table[j];
        }
      f = folded;
      k5 -= j;
    }
  if (f != 1)
    {
      if (n + 1 > cap)
        return G_MAXUINT;
      n = mpn_mul_1 (dst, src, n, f);
      src = dst;
    }
  if (k2 > 0)
    {
      if ((mpn_bits (src, n) + k2 + 63) / 64 > cap)
        return G_MAXUINT;
      n = mpn_lshift (dst, src, n, k2);
      src = dst;
    }
  if (src != dst)
    mpn_copy (dst, src, n);
  return n;
}

/* Divides out up to *e5 factors of 5 from x, decrementing *e5. */
static guint
mpn_strip5 (guint64 *x, guint n, guint *e5)
{
  while (*e5 > 0 && n > 0 && mpn_mod5 (x, n) == 0)
    {
      guint j = MIN (*e5, POW5_MAX);
      guint64 r = mpn_divrem_1 (NULL, x, n, pow5_table[j]);
      guint k = 0;

      /* r ≡ x (mod 5^j): if r ≠ 0, x has exactly as many 5s as r. */
      if (r == 0)
        k = j;
      else
        while (r % 5 == 0)
          {
            r /= 5;
            k++;
          }
      mpn_divrem_1 (x, x, n, pow5_table[k]);
      n = mpn_normalize (x, n);
      *e5 -= k;
      if (k < j)
        break;
    }
  return n;
}

static guint64
gcd64 (guint64 a, guint64 b)
{
  guint s;

  if (a == 0)
    return b;
  if (b == 0)
    return a;
  /* Most odd parts are 1 (decimal denominators): answer at once rather
   * than after up to 64 steps. */
  if (a == 1 || b == 1)
    return 1;
  s = (guint) __builtin_ctzll (a | b);
  a >>= __builtin_ctzll (a);
  do
    {
      b >>= __builtin_ctzll (b);
      if (a > b)
        {
          guint64 t = a;

          a = b;
          b = t;
        }
      b -= a;
    }
  while (b != 0);
  return a << s;
}

/* Cancels the common factor of x and *f (one remainder and a 64-bit gcd). */
static guint
mpn_cancel (guint64 *x, guint n, guint64 *f)
{
  guint64 g;

  if (*f == 1 || n == 0)
    return n;
  g = gcd64 (mpn_divrem_1 (NULL, x, n, *f), *f);
  if (g > 1)
    {
      mpn_divrem_1 (x, x, n, g);
      n = mpn_normalize (x, n);
      *f /= g;
    }
  return n;
}

/* The odd part of a denominator that is m · f: cancels against x only when
 * the product would exceed OW_EXACT_M_MAX.  FALSE when it still does. */
static gboolean
combine_m (guint64 *x, guint *n, guint64 m, guint64 f, guint64 *out)
{
  if ((u128) m * f > OW_EXACT_M_MAX)
    {
      *n = mpn_cancel (x, *n, &f);
      *n = mpn_cancel (x, *n, &m);
      if ((u128) m * f > OW_EXACT_M_MAX)
        return FALSE;
    }
  *out = m * f;
  return TRUE;
}

/* Decimal digits of a magnitude (consumes nothing: works on a copy). */
static void
mpn_append_decimal (GString *s, const guint64 *a, guint an)
{
  guint64 x[WIDE_LIMBS];
  guint64 chunks[WIDE_LIMBS * 64 / 63 + 2];
  guint nchunks = 0;

  g_assert (an <= WIDE_LIMBS);
  if (an == 0)
    {
      g_string_append_c (s, '0');
      return;
    }
  mpn_copy (x, a, an);
  while (an > 0)
    {
      chunks[nchunks++] = mpn_divrem_1 (x, x, an, pow10_table[19]);
      an = mpn_normalize (x, an);
    }
  g_string_append_printf (s, "%" G_GUINT64_FORMAT, chunks[nchunks - 1]);
  for (guint i = nchunks - 1; i-- > 0;)
    g_string_append_printf (s, "%019" G_GUINT64_FORMAT, chunks[i]);
}

/* ------------------------------------------------------------------------
 * OwBig
 * ------------------------------------------------------------------------ */

static inline void
big_set_overflow (OwBig *r)
{
  r->len = 0;
  r->negative = FALSE;
  r->overflow = TRUE;
}

/* Stores n limbs (which may already be r->limb) and a sign into r. */
static inline void
big_store (OwBig *r, const guint64 *x, guint n, gboolean negative)
{
  if (n > OW_BIG_LIMBS)
    {
      big_set_overflow (r);
      return;
    }
  if (x != r->limb)
    mpn_copy (r->limb, x, n);
  r->len = n;
  r->negative = n > 0 && negative;
  r->overflow = FALSE;
}

static inline void
big_copy (OwBig *r, const OwBig *a)
{
  if (r == a)
    return;
  r->len = a->len;
  r->negative = a->negative;
  r->overflow = a->overflow;
  mpn_copy (r->limb, a->limb, a->len);
}

void
ow_big_set_uint (OwBig *r, guint64 v)
{
  g_return_if_fail (r != NULL);

  r->limb[0] = v;
  r->len = v != 0;
  r->negative = FALSE;
  r->overflow = FALSE;
}

void
ow_big_set_int (OwBig *r, gint64 v)
{
  g_return_if_fail (r != NULL);

  /* Through guint64 so that G_MININT64 has a magnitude. */
  ow_big_set_uint (r, v < 0 ? -(guint64) v : (guint64) v);
  r->negative = v < 0;
}

void
ow_big_set_limbs (OwBig *r, const guint64 *limbs, guint n, gboolean negative)
{
  g_return_if_fail (r != NULL);
  g_return_if_fail (limbs != NULL || n == 0);

  n = mpn_normalize (limbs, n);
  big_store (r, limbs, n, negative);
}

gboolean
ow_big_to_int64 (const OwBig *a, gint64 *out)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (a->overflow || a->len > 1)
    return FALSE;
  if (a->len == 0)
    {
      *out = 0;
      return TRUE;
    }
  if (a->negative ? a->limb[0] > (guint64) G_MAXINT64 + 1 : a->limb[0] > G_MAXINT64)
    return FALSE;
  *out = a->negative ? (gint64) (0 - a->limb[0]) : (gint64) a->limb[0];
  return TRUE;
}

/* r = a + b, or a - b when negate_b. */
static void
big_add_signed (OwBig *r, const OwBig *a, const OwBig *b, gboolean negate_b)
{
  gboolean an = a->negative;
  gboolean bneg = b->negative ^ negate_b;

  if (a->overflow || b->overflow)
    {
      big_set_overflow (r);
      return;
    }
  if (an == bneg)
    {
      guint64 t[OW_BIG_LIMBS + 1];
      guint n;

      /* Only a full-length operand can carry past the capacity. */
      if (MAX (a->len, b->len) < OW_BIG_LIMBS)
        {
          n = mpn_add (r->limb, a->limb, a->len, b->limb, b->len);
          big_store (r, r->limb, n, an);
        }
      else
        {
          n = mpn_add (t, a->limb, a->len, b->limb, b->len);
          big_store (r, t, n, an);
        }
    }
  else
    {
      int c = mpn_cmp (a->limb, a->len, b->limb, b->len);
      guint n;

      if (c >= 0)
        {
          n = mpn_sub (r->limb, a->limb, a->len, b->limb, b->len);
          big_store (r, r->limb, n, an);
        }
      else
        {
          n = mpn_sub (r->limb, b->limb, b->len, a->limb, a->len);
          big_store (r, r->limb, n, bneg);
        }
    }
}

void
ow_big_add (OwBig *r, const OwBig *a, const OwBig *b)
{
  g_return_if_fail (r != NULL && a != NULL && b != NULL);

  big_add_signed (r, a, b, FALSE);
}

void
ow_big_sub (OwBig *r, const OwBig *a, const OwBig *b)
{
  g_return_if_fail (r != NULL && a != NULL && b != NULL);

  big_add_signed (r, a, b, TRUE);
}

void
ow_big_mul (OwBig *r, const OwBig *a, const OwBig *b)
{
  guint64 t[2 * OW_BIG_LIMBS];
  guint n;

  g_return_if_fail (r != NULL && a != NULL && b != NULL);

  if (a->overflow || b->overflow)
    {
      big_set_overflow (r);
      return;
    }
  n = mpn_mul (t, a->limb, a->len, b->limb, b->len);
  big_store (r, t, n, a->negative ^ b->negative);
}

void
ow_big_mul_small (OwBig *r, const OwBig *a, guint64 k)
{
  guint64 t[OW_BIG_LIMBS + 1];
  guint n;

  g_return_if_fail (r != NULL && a != NULL);

  if (a->overflow)
    {
      big_set_overflow (r);
      return;
    }
  n = mpn_mul_1 (t, a->limb, a->len, k);
  big_store (r, t, n, a->negative);
}

guint64
ow_big_divmod_small (OwBig *q, const OwBig *a, guint64 d)
{
  guint64 t[OW_BIG_LIMBS];
  guint64 r;
  gboolean negative;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (d != 0, 0);

  if (a->overflow)
    {
      if (q)
        big_set_overflow (q);
      return 0;
    }
  negative = a->negative;
  r = mpn_divrem_1 (q ? t : NULL, a->limb, a->len, d);
  if (q)
    big_store (q, t, mpn_normalize (t, a->len), negative);
  return r;
}

void
ow_big_divmod (OwBig *q, OwBig *rem, const OwBig *a, const OwBig *b)
{
  guint64 qt[OW_BIG_LIMBS];
  guint64 rt[OW_BIG_LIMBS];
  guint qn, rn;
  gboolean an, bn;

  g_return_if_fail (a != NULL && b != NULL);

  if (a->overflow || b->overflow || b->len == 0)
    {
      if (q)
        big_set_overflow (q);
      if (rem)
        big_set_overflow (rem);
      g_return_if_fail (b->overflow || a->overflow || b->len != 0);
      return;
    }
  an = a->negative;
  bn = b->negative;
  mpn_divmod (qt, &qn, rt, &rn, a->limb, a->len, b->limb, b->len);
  if (q)
    big_store (q, qt, qn, an ^ bn);
  if (rem)
    big_store (rem, rt, rn, an);
}

int
ow_big_cmp (const OwBig *a, const OwBig *b)
{
  int c;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if (a->overflow || b->overflow)
    return (int) a->overflow - (int) b->overflow;
  if (a->negative != b->negative)
    return a->negative ? -1 : 1;
  c = mpn_cmp (a->limb, a->len, b->limb, b->len);
  return a->negative ? -c : c;
}

int
ow_big_sign (const OwBig *a)
{
  g_return_val_if_fail (a != NULL, 0);

  if (a->len == 0)
    return 0;
  return a->negative ? -1 : 1;
}

gboolean
ow_big_is_zero (const OwBig *a)
{
  g_return_val_if_fail (a != NULL, FALSE);

  return a->len == 0 && !a->overflow;
}

gboolean
ow_big_overflowed (const OwBig *a)
{
  g_return_val_if_fail (a != NULL, TRUE);

  return a->overflow;
}

void
ow_big_shift_left (OwBig *r, const OwBig *a, guint bits)
{
  gboolean negative;

  g_return_if_fail (r != NULL && a != NULL);

  if (a->overflow || (a->len > 0 && mpn_bits (a->limb, a->len) + (guint64) bits
                                    > 64 * OW_BIG_LIMBS))
    {
      big_set_overflow (r);
      return;
    }
  negative = a->negative;
  big_store (r, r->limb, mpn_lshift (r->limb, a->limb, a->len, bits), negative);
}

void
ow_big_shift_right (OwBig *r, const OwBig *a, guint bits)
{
  gboolean negative;

  g_return_if_fail (r != NULL && a != NULL);

  if (a->overflow)
    {
      big_set_overflow (r);
      return;
    }
  negative = a->negative;
  big_store (r, r->limb, mpn_rshift (r->limb, a->limb, a->len, bits), negative);
}

guint
ow_big_ctz (const OwBig *a)
{
  g_return_val_if_fail (a != NULL, 0);

  return mpn_ctz (a->limb, a->len);
}

char *
ow_big_to_string (const OwBig *a)
{
  GString *s;

  g_return_val_if_fail (a != NULL, NULL);

  if (a->overflow)
    return g_strdup ("overflow");
  s = g_string_new (a->negative ? "-" : "");
  mpn_append_decimal (s, a->limb, a->len);
  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------------------------
 * OwExact
 * ------------------------------------------------------------------------ */

static inline void
exact_set_overflow (OwExact *r)
{
  big_set_overflow (&r->num);
  r->e2 = 0;
  r->e5 = 0;
  r->m = 1;
}

static inline void
exact_set_zero (OwExact *r)
{
  r->num.len = 0;
  r->num.negative = FALSE;
  r->num.overflow = FALSE;
  r->e2 = 0;
  r->e5 = 0;
  r->m = 1;
}

static inline void
exact_copy (OwExact *r, const OwExact *a)
{
  if (r == a)
    return;
  r->m = a->m;
  r->e2 = a->e2;
  r->e5 = a->e5;
  big_copy (&r->num, &a->num);
}

/* Writes x / (2^e2 · 5^e5 · m) into r, first stripping the 2s and 5s that
 * the numerator shares with the denominator when a cheap test finds some.
 * x is scratch (up to WIDE_LIMBS) and is modified. */
static void
exact_store (OwExact *r, guint64 *x, guint n, gboolean negative,
             guint e2, guint e5, guint64 m)
{
  if (n == 0)
    {
      exact_set_zero (r);
      return;
    }
  if (e2 > 0 && (x[0] & 1) == 0)
    {
      guint k = MIN (mpn_ctz (x, n), e2);

      n = mpn_rshift (x, x, n, k);
      e2 -= k;
    }
  if (e5 > 0)
    n = mpn_strip5 (x, n, &e5);
  if (n > OW_BIG_LIMBS && m > 1)
    n = mpn_cancel (x, n, &m);
  if (n > OW_BIG_LIMBS || e2 > OW_EXACT_E2_MAX || e5 > OW_EXACT_E5_MAX)
    {
      exact_set_overflow (r);
      return;
    }
  mpn_copy (r->num.limb, x, n);
  r->num.len = n;
  r->num.negative = negative;
  r->num.overflow = FALSE;
  r->e2 = (guint16) e2;
  r->e5 = (guint16) e5;
  r->m = m;
}

void
ow_exact_set_int (OwExact *r, gint64 v)
{
  g_return_if_fail (r != NULL);

  ow_big_set_int (&r->num, v);
  r->e2 = 0;
  r->e5 = 0;
  r->m = 1;
}

void
ow_exact_set_scaled (OwExact *r, gint64 v, guint decimals)
{
  guint64 x[1];

  g_return_if_fail (r != NULL);
  g_return_if_fail (decimals <= 18);

  x[0] = v < 0 ? -(guint64) v : (guint64) v;
  exact_store (r, x, x[0] != 0, v < 0, decimals, decimals, 1);
}

void
ow_exact_set_fraction (OwExact *r, gint64 num, gint64 den)
{
  guint64 x[1];
  guint64 d, g;
  guint e2, e5 = 0;

  g_return_if_fail (r != NULL);
  if (G_UNLIKELY (den == 0))
    {
      exact_set_overflow (r);
      g_return_if_fail (den != 0);
    }

  x[0] = num < 0 ? -(guint64) num : (guint64) num;
  d = den < 0 ? -(guint64) den : (guint64) den;
  e2 = (guint) __builtin_ctzll (d);
  d >>= e2;
  while (d % 5 == 0)
    {
      d /= 5;
      e5++;
    }
  /* One 64-bit gcd keeps constructed fractions in lowest terms, and lets an
   * odd part above 2^62 (rare: den near 2^63) fit when it cancels. */
  g = gcd64 (x[0], d);
  x[0] /= g;
  d /= g;
  if (d > OW_EXACT_M_MAX)
    {
      exact_set_overflow (r);
      return;
    }
  exact_store (r, x, x[0] != 0, (num < 0) != (den < 0), e2, e5, d);
}

void
ow_exact_copy (OwExact *r, const OwExact *a)
{
  g_return_if_fail (r != NULL && a != NULL);

  exact_copy (r, a);
}

static void
exact_add (OwExact *r, const OwExact *a, const OwExact *b, gboolean negate_b)
{
  guint64 xa[WIDE_LIMBS];
  guint64 xb[WIDE_LIMBS];
  guint64 s[WIDE_LIMBS + 1];
  const guint64 *pa = a->num.limb;
  const guint64 *pb = b->num.limb;
  guint na = a->num.len;
  guint nb = b->num.len;
  gboolean aneg = a->num.negative;
  gboolean bneg = b->num.negative ^ negate_b;
  guint64 ma = a->m, mb = b->m, g, fa, fb;
  guint e2, e5, n;
  gboolean negative;

  if (a->num.overflow || b->num.overflow)
    {
      exact_set_overflow (r);
      return;
    }
  if (nb == 0)
    {
      exact_copy (r, a);
      return;
    }
  if (na == 0)
    {
      exact_copy (r, b);
      r->num.negative = bneg;
      return;
    }

  g = ma == mb ? ma : gcd64 (ma, mb);
  fa = mb / g;
  fb = ma / g;
  if ((u128) ma * fa > OW_EXACT_M_MAX)
    {
      /* The lcm of the odd parts is too large: cancel each against its own
       * numerator (an unnormalized input may carry common factors). */
      mpn_copy (xa, pa, na);
      mpn_copy (xb, pb, nb);
      na = mpn_cancel (xa, na, &ma);
      nb = mpn_cancel (xb, nb, &mb);
      pa = xa;
      pb = xb;
      g = gcd64 (ma, mb);
      fa = mb / g;
      fb = ma / g;
      if ((u128) ma * fa > OW_EXACT_M_MAX)
        {
          exact_set_overflow (r);
          return;
        }
    }

  /* Align both numerators on 2^e2 · 5^e5 · lcm (ma, mb). */
  e2 = MAX (a->e2, b->e2);
  e5 = MAX (a->e5, b->e5);
  if (fa != 1 || e2 != a->e2 || e5 != a->e5)
    {
      na = mpn_scale (xa, pa, na, WIDE_LIMBS, fa, e5 - a->e5, e2 - a->e2);
      pa = xa;
    }
  if (fb != 1 || e2 != b->e2 || e5 != b->e5)
    {
      nb = mpn_scale (xb, pb, nb, WIDE_LIMBS, fb, e5 - b->e5, e2 - b->e2);
      pb = xb;
    }
  g_assert (na != G_MAXUINT && nb != G_MAXUINT);

  if (aneg == bneg)
    {
      n = mpn_add (s, pa, na, pb, nb);
      negative = aneg;
    }
  else
    {
      int c = mpn_cmp (pa, na, pb, nb);

      if (c >= 0)
        {
          n = mpn_sub (s, pa, na, pb, nb);
          negative = aneg;
        }
      else
        {
          n = mpn_sub (s, pb, nb, pa, na);
          negative = bneg;
        }
    }
  exact_store (r, s, n, negative, e2, e5, ma * fa);
}

void
ow_exact_add (OwExact *r, const OwExact *a, const OwExact *b)
{
  g_return_if_fail (r != NULL && a != NULL && b != NULL);

  exact_add (r, a, b, FALSE);
}

void
ow_exact_sub (OwExact *r, const OwExact *a, const OwExact *b)
{
  g_return_if_fail (r != NULL && a != NULL && b != NULL);

  exact_add (r, a, b, TRUE);
}

void
ow_exact_mul (OwExact *r, const OwExact *a, const OwExact *b)
{
  guint64 p[2 * OW_BIG_LIMBS];
  guint n;
  guint64 m;

  g_return_if_fail (r != NULL && a != NULL && b != NULL);

  if (a->num.overflow || b->num.overflow)
    {
      exact_set_overflow (r);
      return;
    }
  if (a->num.len == 0 || b->num.len == 0)
    {
      exact_set_zero (r);
      return;
    }
  n = mpn_mul (p, a->num.limb, a->num.len, b->num.limb, b->num.len);
  if (!combine_m (p, &n, a->m, b->m, &m))
    {
      exact_set_overflow (r);
      return;
    }
  exact_store (r, p, n, a->num.negative ^ b->num.negative,
               (guint) a->e2 + b->e2, (guint) a->e5 + b->e5, m);
}

void
ow_exact_mul_int (OwExact *r, const OwExact *a, gint64 k)
{
  guint64 x[OW_BIG_LIMBS + 1];
  guint64 kk = k < 0 ? -(guint64) k : (guint64) k;
  guint64 m;
  guint e2, e5, t;
  guint n;

  g_return_if_fail (r != NULL && a != NULL);

  if (a->num.overflow)
    {
      exact_set_overflow (r);
      return;
    }
  if (a->num.len == 0 || kk == 0)
    {
      exact_set_zero (r);
      return;
    }

  /* Cancel k's 2s, 5s and odd factors against the denominator first: it
   * costs word operations and keeps "× 100" of a cent value small. */
  e2 = a->e2;
  e5 = a->e5;
  m = a->m;
  t = MIN ((guint) __builtin_ctzll (kk), e2);
  kk >>= t;
  e2 -= t;
  while (e5 > 0 && kk % 5 == 0)
    {
      kk /= 5;
      e5--;
    }
  if (m > 1)
    {
      guint64 g = gcd64 (kk, m);

      kk /= g;
      m /= g;
    }
  n = mpn_mul_1 (x, a->num.limb, a->num.len, kk);
  exact_store (r, x, n, a->num.negative ^ (k < 0), e2, e5, m);
}

void
ow_exact_div_int (OwExact *r, const OwExact *a, gint64 k)
{
  guint64 x[OW_BIG_LIMBS];
  guint64 kk = k < 0 ? -(guint64) k : (guint64) k;
  guint64 m;
  guint e2, e5, t;
  guint n;

  g_return_if_fail (r != NULL && a != NULL);
  if (G_UNLIKELY (k == 0))
    {
      exact_set_overflow (r);
      g_return_if_fail (k != 0);
    }

  if (a->num.overflow)
    {
      exact_set_overflow (r);
      return;
    }
  if (a->num.len == 0)
    {
      exact_set_zero (r);
      return;
    }
  t = (guint) __builtin_ctzll (kk);
  kk >>= t;
  e2 = a->e2 + t;
  e5 = a->e5;
  while (kk % 5 == 0)
    {
      kk /= 5;
      e5++;
    }
  n = a->num.len;
  mpn_copy (x, a->num.limb, n);
  if (!combine_m (x, &n, a->m, kk, &m))
    {
      exact_set_overflow (r);
      return;
    }
  exact_store (r, x, n, a->num.negative ^ (k < 0), e2, e5, m);
}

void
ow_exact_div (OwExact *r, const OwExact *a, const OwExact *b)
{
  guint64 x[WIDE_LIMBS];
  guint64 y[OW_BIG_LIMBS];
  guint n, yn, t2, t5, num2, num5, den2, den5;
  guint64 f, mb, m, g;
  gboolean negative;

  g_return_if_fail (r != NULL && a != NULL && b != NULL);
  if (G_UNLIKELY (b->num.len == 0 && !b->num.overflow))
    {
      exact_set_overflow (r);
      g_return_if_fail (!ow_exact_is_zero (b));
    }

  if (a->num.overflow || b->num.overflow)
    {
      exact_set_overflow (r);
      return;
    }
  if (a->num.len == 0)
    {
      exact_set_zero (r);
      return;
    }
  negative = a->num.negative ^ b->num.negative;

  /* a / b = na · 2^e2b · 5^e5b · mb / (2^e2a · 5^e5a · ma · nb), and nb
   * must reduce to 2^t2 · 5^t5 · f with f one limb. */
  yn = b->num.len;
  mpn_copy (y, b->num.limb, yn);
  t2 = mpn_ctz (y, yn);
  yn = mpn_rshift (y, y, yn, t2);
  t5 = G_MAXUINT;
  yn = mpn_strip5 (y, yn, &t5);
  t5 = G_MAXUINT - t5;

  n = a->num.len;
  mpn_copy (x, a->num.limb, n);
  if (yn > 1)
    {
      /* A cofactor above one limb cannot go into m, but the quotient is
       * still exact when it divides a's numerator (as in (x · b) / b). */
      guint64 q[OW_BIG_LIMBS];
      guint64 rem[OW_BIG_LIMBS];
      guint qn, rn;

      mpn_divmod (q, &qn, rem, &rn, x, n, y, yn);
      if (rn != 0)
        {
          exact_set_overflow (r);
          return;
        }
      /* y divides x: the quotient is exact with a unit divisor. */
      mpn_copy (x, q, qn);
      n = qn;
      f = 1;
    }
  else
    f = y[0];

  mb = b->m;
  if (f > 1 && mb > 1)
    {
      g = gcd64 (f, mb);
      f /= g;
      mb /= g;
    }

  num2 = b->e2;
  num5 = b->e5;
  den2 = (guint) a->e2 + t2;
  den5 = (guint) a->e5 + t5;
  {
    guint k2 = num2 > den2 ? num2 - den2 : 0;
    guint k5 = num5 > den5 ? num5 - den5 : 0;
    guint e2 = den2 > num2 ? den2 - num2 : 0;
    guint e5 = den5 > num5 ? den5 - num5 : 0;

    n = mpn_scale (x, x, n, WIDE_LIMBS, mb, k5, k2);
    if (n == G_MAXUINT || !combine_m (x, &n, a->m, f, &m))
      {
        exact_set_overflow (r);
        return;
      }
    exact_store (r, x, n, negative, e2, e5, m);
  }
}

void
ow_exact_pow (OwExact *r, const OwExact *a, guint n)
{
  OwExact base;
  OwExact acc;

  g_return_if_fail (r != NULL && a != NULL);
  g_return_if_fail (n <= 64);

  exact_copy (&base, a);
  ow_exact_set_int (&acc, 1);
  while (n > 0)
    {
      if (n & 1)
        ow_exact_mul (&acc, &acc, &base);
      n >>= 1;
      if (n > 0)
        ow_exact_mul (&base, &base, &base);
    }
  exact_copy (r, &acc);
}

void
ow_exact_neg (OwExact *r, const OwExact *a)
{
  g_return_if_fail (r != NULL && a != NULL);

  exact_copy (r, a);
  if (r->num.len > 0)
    r->num.negative = !r->num.negative;
}

void
ow_exact_abs (OwExact *r, const OwExact *a)
{
  g_return_if_fail (r != NULL && a != NULL);

  exact_copy (r, a);
  r->num.negative = FALSE;
}

int
ow_exact_sign (const OwExact *a)
{
  g_return_val_if_fail (a != NULL, 0);

  if (a->num.len == 0)
    return 0;
  return a->num.negative ? -1 : 1;
}

gboolean
ow_exact_is_zero (const OwExact *a)
{
  g_return_val_if_fail (a != NULL, FALSE);

  return a->num.len == 0 && !a->num.overflow;
}

gboolean
ow_exact_overflowed (const OwExact *a)
{
  g_return_val_if_fail (a != NULL, TRUE);

  return a->num.overflow;
}

int
ow_exact_cmp (const OwExact *a, const OwExact *b)
{
  guint64 x[WIDE_LIMBS];
  guint64 y[WIDE_LIMBS];
  guint64 ma, mb;
  guint xn, yn;
  int sa, sb, c;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if (a->num.overflow || b->num.overflow)
    return (int) a->num.overflow - (int) b->num.overflow;
  sa = ow_exact_sign (a);
  sb = ow_exact_sign (b);
  if (sa != sb)
    return sa < sb ? -1 : 1;
  if (sa == 0)
    return 0;

  if (a->e2 == b->e2 && a->e5 == b->e5 && a->m == b->m)
    c = mpn_cmp (a->num.limb, a->num.len, b->num.limb, b->num.len);
  else
    {
      /* Cross-multiply: na · db vs nb · da, with the common parts of the
       * denominators left out. */
      ma = a->m;
      mb = b->m;
      if (ma != 1 && mb != 1)
        {
          guint64 g = gcd64 (ma, mb);

          ma /= g;
          mb /= g;
        }
      xn = mpn_scale (x, a->num.limb, a->num.len, WIDE_LIMBS, mb,
                      b->e5 > a->e5 ? b->e5 - a->e5 : 0,
                      b->e2 > a->e2 ? b->e2 - a->e2 : 0);
      yn = mpn_scale (y, b->num.limb, b->num.len, WIDE_LIMBS, ma,
                      a->e5 > b->e5 ? a->e5 - b->e5 : 0,
                      a->e2 > b->e2 ? a->e2 - b->e2 : 0);
      g_assert (xn != G_MAXUINT && yn != G_MAXUINT);
      c = mpn_cmp (x, xn, y, yn);
    }
  return sa > 0 ? c : -c;
}

gboolean
ow_exact_equal (const OwExact *a, const OwExact *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->num.overflow || b->num.overflow)
    return FALSE;
  return ow_exact_cmp (a, b) == 0;
}

void
ow_exact_min (OwExact *r, const OwExact *a, const OwExact *b)
{
  g_return_if_fail (r != NULL && a != NULL && b != NULL);

  if (a->num.overflow || b->num.overflow)
    exact_set_overflow (r);
  else
    exact_copy (r, ow_exact_cmp (a, b) <= 0 ? a : b);
}

void
ow_exact_max (OwExact *r, const OwExact *a, const OwExact *b)
{
  g_return_if_fail (r != NULL && a != NULL && b != NULL);

  if (a->num.overflow || b->num.overflow)
    exact_set_overflow (r);
  else
    exact_copy (r, ow_exact_cmp (a, b) >= 0 ? a : b);
}

typedef enum
{
  QUOTIENT_ROUND_HALF_AWAY,
  QUOTIENT_FLOOR,
} QuotientMode;

/* The signed integer nearest to ±x / y in the given mode, if it fits
 * gint64.  x and y are magnitudes; y is non-zero. */
static gboolean
quotient_to_int64 (const guint64 *x, guint xn, const guint64 *y, guint yn,
                   gboolean negative, QuotientMode mode, gint64 *out)
{
  guint64 q[WIDE_LIMBS];
  guint64 rem[WIDE_LIMBS];
  guint qn, rn;
  guint64 mag;
  gboolean up = FALSE;

  g_assert (yn > 0);
  if (xn == 0)
    {
      *out = 0;
      return TRUE;
    }
  /* x ≥ 2^(64 (xn - 1)) and y < 2^(64 yn): a quotient of two or more limbs
   * cannot fit, so don't divide at all. */
  if (xn > yn + 1)
    return FALSE;

  mpn_divmod (q, &qn, rem, &rn, x, xn, y, yn);
  if (qn > 1)
    return FALSE;
  mag = qn == 1 ? q[0] : 0;
  if (rn > 0)
    {
      if (mode == QUOTIENT_FLOOR)
        up = negative;
      else
        {
          /* Half away from zero: up when rem ≥ y - rem. */
          guint64 d[WIDE_LIMBS];
          guint dn = mpn_sub (d, y, yn, rem, rn);

          up = mpn_cmp (rem, rn, d, dn) >= 0;
        }
    }
  if (up)
    {
      if (mag == G_MAXUINT64)
        return FALSE;
      mag++;
    }
  if (negative ? mag > (guint64) G_MAXINT64 + 1 : mag > (guint64) G_MAXINT64)
    return FALSE;
  *out = negative ? (gint64) (0 - mag) : (gint64) mag;
  return TRUE;
}

/* a · 10^decimals as x / y (magnitudes) for round and floor. */
static gboolean
exact_scaled_quotient (const OwExact *a, guint decimals, QuotientMode mode, gint64 *out)
{
  guint64 x[WIDE_LIMBS];
  guint64 y[WIDE_LIMBS];
  guint xn, yn;

  if (a->num.overflow)
    return FALSE;
  if (a->num.len == 0)
    {
      *out = 0;
      return TRUE;
    }

  xn = mpn_scale (x, a->num.limb, a->num.len, WIDE_LIMBS, 1,
                  decimals > a->e5 ? decimals - a->e5 : 0,
                  decimals > a->e2 ? decimals - a->e2 : 0);
  y[0] = a->m;
  yn = mpn_scale (y, y, 1, WIDE_LIMBS, 1,
                  a->e5 > decimals ? a->e5 - decimals : 0,
                  a->e2 > decimals ? a->e2 - decimals : 0);
  g_assert (xn != G_MAXUINT && yn != G_MAXUINT);
  return quotient_to_int64 (x, xn, y, yn, a->num.negative, mode, out);
}

gboolean
ow_exact_round (const OwExact *a, guint decimals, gint64 *out)
{
  g_return_val_if_fail (a != NULL && out != NULL, FALSE);
  g_return_val_if_fail (decimals <= 18, FALSE);

  return exact_scaled_quotient (a, decimals, QUOTIENT_ROUND_HALF_AWAY, out);
}

gboolean
ow_exact_floor (const OwExact *a, guint decimals, gint64 *out)
{
  g_return_val_if_fail (a != NULL && out != NULL, FALSE);
  g_return_val_if_fail (decimals <= 18, FALSE);

  return exact_scaled_quotient (a, decimals, QUOTIENT_FLOOR, out);
}

gboolean
ow_exact_div_round (const OwExact *a, const OwExact *b, guint decimals, gint64 *out)
{
  guint64 x[WIDE_LIMBS];
  guint64 y[WIDE_LIMBS];
  guint xn, yn, num2, num5, den2, den5;
  guint64 ma, mb;

  g_return_val_if_fail (a != NULL && b != NULL && out != NULL, FALSE);
  g_return_val_if_fail (decimals <= 18, FALSE);
  g_return_val_if_fail (!ow_exact_is_zero (b), FALSE);

  if (a->num.overflow || b->num.overflow)
    return FALSE;
  if (a->num.len == 0)
    {
      *out = 0;
      return TRUE;
    }

  /* a / b · 10^d = na · 2^(e2b + d) · 5^(e5b + d) · mb
   *             / (nb · 2^e2a · 5^e5a · ma), common factors left out. */
  ma = a->m;
  mb = b->m;
  if (ma != 1 && mb != 1)
    {
      guint64 g = gcd64 (ma, mb);

      ma /= g;
      mb /= g;
    }
  num2 = (guint) b->e2 + decimals;
  num5 = (guint) b->e5 + decimals;
  den2 = a->e2;
  den5 = a->e5;
  xn = mpn_scale (x, a->num.limb, a->num.len, WIDE_LIMBS, mb,
                  num5 > den5 ? num5 - den5 : 0, num2 > den2 ? num2 - den2 : 0);
  yn = mpn_scale (y, b->num.limb, b->num.len, WIDE_LIMBS, ma,
                  den5 > num5 ? den5 - num5 : 0, den2 > num2 ? den2 - num2 : 0);
  g_assert (xn != G_MAXUINT && yn != G_MAXUINT);
  return quotient_to_int64 (x, xn, y, yn, a->num.negative ^ b->num.negative,
                            QUOTIENT_ROUND_HALF_AWAY, out);
}

double
ow_exact_to_double (const OwExact *a)
{
  guint n;
  double mant;
  int exp2;
  guint e5;

  g_return_val_if_fail (a != NULL, 0.0);

  n = a->num.len;
  if (a->num.overflow)
    return NAN;
  if (n == 0)
    return 0.0;

  /* Keep a mantissa in [0.5, 1) and a separate binary exponent so that
   * neither a 1024-bit numerator nor 5^441 overflows a double on the way. */
  mant = (double) a->num.limb[n - 1];
  if (n > 1)
    mant += ldexp ((double) a->num.limb[n - 2], -64);
  mant = frexp (mant, &exp2);
  exp2 += 64 * (int) (n - 1);
  mant /= (double) a->m;
  for (e5 = a->e5; e5 > 0;)
    {
      guint j = MIN (e5, 20);
      int k;

      mant /= (double) pow5_table[j];
      mant = frexp (mant, &k);
      exp2 += k;
      e5 -= j;
    }
  mant = ldexp (mant, exp2 - (int) a->e2);
  return a->num.negative ? -mant : mant;
}

char *
ow_exact_to_string (const OwExact *a)
{
  guint64 x[WIDE_LIMBS];
  guint64 y[WIDE_LIMBS];
  guint xn, yn, e2, e5, k;
  guint64 m;
  GString *s;

  g_return_val_if_fail (a != NULL, NULL);

  if (a->num.overflow)
    return g_strdup ("overflow");
  if (a->num.len == 0)
    return g_strdup ("0/1");

  /* Lowest terms, so that messages do not depend on normalization. */
  xn = a->num.len;
  mpn_copy (x, a->num.limb, xn);
  e2 = a->e2;
  e5 = a->e5;
  m = a->m;
  k = MIN (mpn_ctz (x, xn), e2);
  xn = mpn_rshift (x, x, xn, k);
  e2 -= k;
  xn = mpn_strip5 (x, xn, &e5);
  xn = mpn_cancel (x, xn, &m);

  y[0] = m;
  yn = mpn_scale (y, y, 1, WIDE_LIMBS, 1, e5, e2);
  g_assert (yn != G_MAXUINT);

  s = g_string_new (a->num.negative ? "-" : "");
  mpn_append_decimal (s, x, xn);
  g_string_append_c (s, '/');
  mpn_append_decimal (s, y, yn);
  return g_string_free (s, FALSE);
}
