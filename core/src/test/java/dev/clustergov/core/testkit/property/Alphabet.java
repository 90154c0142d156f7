package dev.clustergov.core.testkit.property;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A set of Unicode code points to draw string characters from, as ordered ranges. Generated
 * characters shrink towards the alphabet's first code point.
 */
public final class Alphabet {

  /** {@code a–z A–Z}. */
  public static final Alphabet ASCII_LETTERS = ranges('a', 'z', 'A', 'Z');
  /** {@code 0–9}. */
  public static final Alphabet DIGITS = ranges('0', '9');
  /** {@code a–z A–Z 0–9}. */
  public static final Alphabet ASCII_LETTERS_DIGITS = ASCII_LETTERS.or(DIGITS);
  /** Printable ASCII, space to tilde. */
  public static final Alphabet ASCII_PRINTABLE = ranges(' ', '~');
  /** CJK Unified Ideographs, U+4E00–U+9FFF: the Chinese characters of names and addresses. */
  public static final Alphabet CJK_IDEOGRAPHS = ranges(0x4E00, 0x9FFF);
  /** Common emoji, all outside the Basic Multilingual Plane (two UTF-16 chars each). */
  public static final Alphabet EMOJI = ranges(0x1F300, 0x1F64F, 0x1F680, 0x1F6FF, 0x1F900, 0x1F9FF);
  /** Every supplementary code point, U+10000–U+10FFFF (surrogate pairs in Java strings). */
  public static final Alphabet SUPPLEMENTARY = ranges(0x10000, 0x10FFFF);
  /** C0 and C1 control characters, including NUL, tab, line feed and DEL. */
  public static final Alphabet CONTROL = ranges(0x00, 0x1F, 0x7F, 0x9F);
  /** Whitespace, ASCII and Unicode, including the ideographic space U+3000 and no-break spaces. */
  public static final Alphabet WHITESPACE = ranges(
      ' ', ' ', '\t', '\r', 0xA0, 0xA0, 0x1680, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x202F,
      0x205F, 0x205F, 0x3000, 0x3000);
  /** Every code point except the surrogates U+D800–U+DFFF, which are not characters on their own. */
  public static final Alphabet ANY = ranges(0x0, 0xD7FF, 0xE000, 0x10FFFF);

  private final int[] bounds; // inclusive pairs: lo0, hi0, lo1, hi1, ...
  private final long size;

  private Alphabet(int[] bounds) {
    for (int i = 0; i < bounds.length; i += 2) {
      if (bounds[i] < 0 || bounds[i] > bounds[i + 1] || bounds[i + 1] > Character.MAX_CODE_POINT) {
        throw new IllegalArgumentException("not a code point range: " + bounds[i] + ".." + bounds[i + 1]);
      }
    }
    this.bounds = bounds;
    long n = 0;
    for (int i = 0; i < bounds.length; i += 2) {
      n += bounds[i + 1] - bounds[i] + 1;
    }
    if (n == 0) {
      throw new IllegalArgumentException("an alphabet needs at least one code point");
    }
    this.size = n;
  }

  /** Inclusive ranges given as pairs {@code lo0, hi0, lo1, hi1, ...}; order sets shrink order. */
  public static Alphabet ranges(int... loHiPairs) {
    if (loHiPairs.length % 2 != 0) {
      throw new IllegalArgumentException("ranges come in lo, hi pairs");
    }
    return new Alphabet(loHiPairs.clone());
  }

  /** Exactly the code points of {@code chars}, in order of first appearance. */
  public static Alphabet of(String chars) {
    return new Alphabet(chars.codePoints().distinct().flatMap(c -> IntStream.of(c, c)).toArray());
  }

  /** This alphabet followed by {@code others}; a code point in both is drawn more often. */
  public Alphabet or(Alphabet... others) {
    int[] all = bounds;
    for (Alphabet other : others) {
      int[] joined = Arrays.copyOf(all, all.length + other.bounds.length);
      System.arraycopy(other.bounds, 0, joined, all.length, other.bounds.length);
      all = joined;
    }
    return new Alphabet(all);
  }

  /** The number of code points (counting overlaps twice). */
  public long size() {
    return size;
  }

  /** The code point at {@code index}, 0 ≤ index &lt; {@link #size()}. */
  public int codePoint(long index) {
    long rest = index;
    for (int i = 0; i < bounds.length; i += 2) {
      long width = bounds[i + 1] - bounds[i] + 1;
      if (rest < width) {
        return (int) (bounds[i] + rest);
      }
      rest -= width;
    }
    throw new IndexOutOfBoundsException(index);
  }
}
