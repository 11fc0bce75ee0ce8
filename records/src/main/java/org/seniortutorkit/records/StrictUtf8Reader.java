package org.seniortutorkit.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Optional;

/**
 * UTF-8 text of one records file, decoded strictly and as it streams: a byte sequence that is not UTF-8 (e.g. one
 * Latin-1 byte from a spreadsheet export) stops the read with the line and byte offset, where a lenient decoder
 * would replace it with U+FFFD and a mark or an id would silently change. A leading byte-order mark is skipped.
 */
final class StrictUtf8Reader extends Reader {
  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final byte[] bytes = new byte[BUFFER];
  private int length;
  private int position;
  private long offset;
  private long line = 1;
  private boolean started;
  private int pendingLowSurrogate = -1;
  private Optional<String> failure = Optional.empty();

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  /** Why decoding stopped, e.g. {@code line 3, byte offset 57: 0xE9 is not UTF-8}, once it has. */
  Optional<String> failure() {
    return failure;
  }

  @Override
  public int read(char[] target, int from, int count) throws IOException {
    if (count == 0) {
      return 0;
    }
    int written = 0;
    while (written < count) {
      if (pendingLowSurrogate >= 0) {
        target[from + written++] = (char) pendingLowSurrogate;
        pendingLowSurrogate = -1;
        continue;
      }
      if (!ensure(1)) {
        break;
      }
      if (!started) {
        started = true;
        if (ensure(3) && (bytes[position] & 0xFF) == 0xEF && (bytes[position + 1] & 0xFF) == 0xBB
            && (bytes[position + 2] & 0xFF) == 0xBF) {
          advance(3);
          continue;
        }
      }
      int codePoint = decode();
      if (codePoint == '\n') {
        line++;
      }
      if (Character.isSupplementaryCodePoint(codePoint)) {
        target[from + written++] = Character.highSurrogate(codePoint);
        pendingLowSurrogate = Character.lowSurrogate(codePoint);
      } else {
        target[from + written++] = (char) codePoint;
      }
      // Hand over what is decoded rather than block for more bytes than the caller needs now.
      if (position == length && in.available() == 0) {
        break;
      }
    }
    return written == 0 ? -1 : written;
  }

  private int decode() throws IOException {
    int first = bytes[position] & 0xFF;
    if (first < 0x80) {
      advance(1);
      return first;
    }
    int size;
    int minimum;
    int codePoint;
    if (first >= 0xC2 && first <= 0xDF) {
      size = 2;
      minimum = 0x80;
      codePoint = first & 0x1F;
    } else if (first >= 0xE0 && first <= 0xEF) {
      size = 3;
      minimum = 0x800;
      codePoint = first & 0x0F;
    } else if (first >= 0xF0 && first <= 0xF4) {
      size = 4;
      minimum = 0x10000;
      codePoint = first & 0x07;
    } else {
      throw malformed(first);
    }
    if (!ensure(size)) {
      throw malformed(first);
    }
    for (int i = 1; i < size; i++) {
      int next = bytes[position + i] & 0xFF;
      if ((next & 0xC0) != 0x80) {
        throw malformed(first);
      }
      codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < minimum || codePoint > Character.MAX_CODE_POINT
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
      throw malformed(first);
    }
    advance(size);
    return codePoint;
  }

  private IOException malformed(int first) {
    String why = "line " + line + ", byte offset " + offset + ": byte 0x" + String.format("%02X", first)
        + " is not UTF-8 (save the file as UTF-8)";
    failure = Optional.of(why);
    return new IOException(why);
  }

  private void advance(int size) {
    position += size;
    offset += size;
  }

  /** Whether at least {@code size} bytes are buffered, reading more if needed; false at the end of input. */
  private boolean ensure(int size) throws IOException {
    if (length - position >= size) {
      return true;
    }
    System.arraycopy(bytes, position, bytes, 0, length - position);
    length -= position;
    position = 0;
    while (length < size) {
      int read = in.read(bytes, length, bytes.length - length);
      if (read < 0) {
        return false;
      }
      length += read;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
