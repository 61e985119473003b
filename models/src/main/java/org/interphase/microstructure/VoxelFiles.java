package org.interphase.microstructure;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.interphase.core.Checks;

/**
 * Reads and writes voxel microstructures as raw binary, NumPy {@code .npy} and multi-page TIFF files.
 *
 * <p>A file holds numbers, not phases: the caller says which phase each value stands for (a map from
 * file value to {@link VoxelPhase}; the phase's label becomes the voxel's label), and the voxel size (m).
 * The {@code List<VoxelPhase>} overloads map each phase's label to itself. A value with no phase is refused
 * with its position and count.
 *
 * <ul>
 *   <li><b>Raw</b>: nx·ny·nz values, x fastest (index x + nx·(y + ny·z)), no header; 8-bit unsigned or
 *       16-bit unsigned in a stated byte order ({@link RawType}). The file size must match exactly.</li>
 *   <li><b>NumPy</b> (format versions 1.0, 2.0 and 3.0, NEP 1 "A simple file format for NumPy arrays"):
 *       a 3-D array of shape (nz, ny, nx) (a 2-D array (ny, nx) is one slice), C order (x fastest, the
 *       library's own order) or Fortran order; integer dtypes {@code |u1 |i1 |b1 <u2 >u2 <i2 >i2 <u4 >u4
 *       <i4 >i4 <u8 >u8 <i8 >i8}. Written as version 1.0, {@code '|u1'}, C order.</li>
 *   <li><b>TIFF</b> (javax.imageio, JDK 9+): one page per z slice, pages nx wide and ny high, 8- or 16-bit
 *       grey; written as uncompressed 8-bit grey pages.</li>
 * </ul>
 * Errors name the file and the expected and found sizes, values, dtypes or byte orders.
 */
public final class VoxelFiles {

    private VoxelFiles() {}

    /** The sample type of a raw file. */
    public enum RawType {
        /** One unsigned byte per voxel. */
        UINT8(1, ByteOrder.LITTLE_ENDIAN),
        /** Two bytes per voxel, unsigned, least significant byte first. */
        UINT16_LITTLE_ENDIAN(2, ByteOrder.LITTLE_ENDIAN),
        /** Two bytes per voxel, unsigned, most significant byte first. */
        UINT16_BIG_ENDIAN(2, ByteOrder.BIG_ENDIAN);

        private final int bytes;
        private final ByteOrder order;

        RawType(int bytes, ByteOrder order) {
            this.bytes = bytes;
            this.order = order;
        }

        /** @return bytes per voxel */
        public int bytes() {
            return bytes;
        }
    }

    // ------------------------------------------------------------------------------------------------ raw

    /**
     * @param file a raw file of nx·ny·nz unsigned bytes (not null)
     * @param nx voxels along x, &ge; 1
     * @param ny voxels along y, &ge; 1
     * @param nz voxels along z, &ge; 1
     * @param voxelSize edge of a voxel, in m (finite, &gt; 0)
     * @param phases the phases, each standing for the file value equal to its label
     * @return the microstructure
     * @throws IllegalArgumentException if the file size does not match, a value has no phase, or an
     *     argument is out of range
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Microstructure readRaw(Path file, int nx, int ny, int nz, double voxelSize, List<VoxelPhase> phases) {
        return readRaw(file, nx, ny, nz, RawType.UINT8, voxelSize, byLabel(phases));
    }

    /**
     * @param file a raw file of nx·ny·nz values of the given type (not null)
     * @param nx voxels along x, &ge; 1
     * @param ny voxels along y, &ge; 1
     * @param nz voxels along z, &ge; 1
     * @param type the sample type and byte order (not null)
     * @param voxelSize edge of a voxel, in m (finite, &gt; 0)
     * @param phases the phase of each file value (not null, at least one)
     * @return the microstructure
     * @throws IllegalArgumentException if the file size does not match, a value has no phase, or an
     *     argument is out of range
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Microstructure readRaw(Path file, int nx, int ny, int nz, RawType type, double voxelSize,
            Map<Integer, VoxelPhase> phases) {
        Checks.nonNull(file, "file");
        int n = grid(nx, ny, nz, voxelSize);
        Checks.nonNull(type, "type");
        Mapping map = new Mapping(phases);
        long expected = (long) n * type.bytes;
        long size = size(file);
        if (size != expected) {
            throw new IllegalArgumentException("file " + file + ": a raw " + type + " grid of " + nx + "×" + ny + "×"
                    + nz + " needs " + expected + " bytes, the file has " + size + hint(size, n));
        }
        ByteBuffer buffer = readAll(file, 0, size).order(type.order);
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            long v = type.bytes == 1 ? buffer.get(i) & 0xFF : buffer.getShort(2 * i) & 0xFFFF;
            labels[i] = map.label(v, i, file, nx, ny);
        }
        return Microstructure.of(nx, ny, nz, voxelSize, labels, map.phases());
    }

    private static String hint(long size, long n) {
        if (size == 2 * n) {
            return " (twice nx·ny·nz: a 16-bit file?)";
        }
        if (2 * size == n) {
            return " (half nx·ny·nz: 8-bit read as 16-bit?)";
        }
        return "";
    }

    /**
     * Writes the labels as nx·ny·nz unsigned bytes, x fastest.
     *
     * @param microstructure the grid (not null)
     * @param file the file to write (not null; replaced if it exists)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeRaw(Microstructure microstructure, Path file) {
        writeRaw(microstructure, file, RawType.UINT8);
    }

    /**
     * Writes the labels as nx·ny·nz values of the given type, x fastest.
     *
     * @param microstructure the grid (not null)
     * @param file the file to write (not null; replaced if it exists)
     * @param type the sample type and byte order (not null)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeRaw(Microstructure microstructure, Path file, RawType type) {
        Checks.nonNull(microstructure, "microstructure");
        Checks.nonNull(file, "file");
        Checks.nonNull(type, "type");
        byte[] labels = microstructure.labelArray();
        ByteBuffer out = ByteBuffer.allocate(Checks.allocation((long) labels.length * type.bytes, 1, 1,
                "raw file of " + labels.length + " voxels")).order(type.order);
        for (byte b : labels) {
            if (type.bytes == 1) {
                out.put(b);
            } else {
                out.putShort((short) (b & 0xFF));
            }
        }
        write(file, out.array());
    }

    // ------------------------------------------------------------------------------------------------ npy

    private static final byte[] NPY_MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /**
     * @param file a NumPy {@code .npy} file of a 3-D integer array of shape (nz, ny, nx), or 2-D (ny, nx)
     *     (not null)
     * @param voxelSize edge of a voxel, in m (finite, &gt; 0)
     * @param phases the phases, each standing for the array value equal to its label
     * @return the microstructure
     * @throws IllegalArgumentException if the header is not valid, the dtype is not an integer type, the
     *     data are truncated, or a value has no phase
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Microstructure readNpy(Path file, double voxelSize, List<VoxelPhase> phases) {
        return readNpy(file, voxelSize, byLabel(phases));
    }

    /**
     * @param file a NumPy {@code .npy} file of a 3-D integer array of shape (nz, ny, nx), or 2-D (ny, nx)
     *     (not null)
     * @param voxelSize edge of a voxel, in m (finite, &gt; 0)
     * @param phases the phase of each array value (not null, at least one)
     * @return the microstructure
     * @throws IllegalArgumentException if the header is not valid, the dtype is not an integer type, the
     *     data are truncated, or a value has no phase
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Microstructure readNpy(Path file, double voxelSize, Map<Integer, VoxelPhase> phases) {
        Checks.nonNull(file, "file");
        Checks.positive(voxelSize, "voxelSize", "m");
        Checks.finite(voxelSize, "voxelSize", "m");
        Mapping map = new Mapping(phases);
        long size = size(file);
        ByteBuffer head = readAll(file, 0, Math.min(size, 12));
        byte[] magic = new byte[Math.min(6, head.limit())];
        head.get(0, magic);
        if (!Arrays.equals(magic, NPY_MAGIC)) {
            throw new IllegalArgumentException("file " + file + " is not a NumPy .npy file: it starts with "
                    + hex(magic) + ", expected \\x93NUMPY");
        }
        if (size < 10) {
            throw new IllegalArgumentException("file " + file + ": truncated NumPy header (" + size + " bytes)");
        }
        int major = head.get(6) & 0xFF;
        int headerLength;
        int start;
        if (major == 1) {
            headerLength = head.order(ByteOrder.LITTLE_ENDIAN).getShort(8) & 0xFFFF;
            start = 10;
        } else if (major == 2 || major == 3) {
            if (size < 12) {
                throw new IllegalArgumentException("file " + file + ": truncated NumPy header (" + size + " bytes)");
            }
            long l = head.order(ByteOrder.LITTLE_ENDIAN).getInt(8) & 0xFFFFFFFFL;
            if (l > 1 << 24) {
                throw new IllegalArgumentException("file " + file + ": NumPy header length " + l + " bytes is not plausible");
            }
            headerLength = (int) l;
            start = 12;
        } else {
            throw new IllegalArgumentException("file " + file + ": NumPy format version " + major + "."
                    + (head.get(7) & 0xFF) + " is not supported (1.0, 2.0 and 3.0 are)");
        }
        if (start + headerLength > size) {
            throw new IllegalArgumentException("file " + file + ": the NumPy header announces " + headerLength
                    + " bytes, the file has only " + (size - start) + " after the preamble (truncated)");
        }
        ByteBuffer hb = readAll(file, start, headerLength);
        byte[] hbytes = new byte[headerLength];
        hb.get(hbytes);
        String header = new String(hbytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = find(DESCR, header, "descr", file);
        boolean fortran = find(FORTRAN, header, "fortran_order", file).equals("True");
        String shapeText = find(SHAPE, header, "shape", file).trim();
        List<Long> shape = new ArrayList<>();
        for (String part : shapeText.split(",")) {
            if (!part.isBlank()) {
                try {
                    shape.add(Long.parseLong(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("file " + file + ": NumPy shape (" + shapeText
                            + ") is not a tuple of integers");
                }
            }
        }
        if (shape.size() != 3 && shape.size() != 2) {
            throw new IllegalArgumentException("file " + file + ": expected a 3-D array of shape (nz, ny, nx) or a 2-D"
                    + " slice (ny, nx), found shape (" + shapeText + ")");
        }
        long nzL = shape.size() == 3 ? shape.get(0) : 1;
        long nyL = shape.get(shape.size() - 2);
        long nxL = shape.get(shape.size() - 1);
        if (nzL < 1 || nyL < 1 || nxL < 1 || nzL > Integer.MAX_VALUE || nyL > Integer.MAX_VALUE
                || nxL > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("file " + file + ": NumPy shape (" + shapeText + ") has an empty or"
                    + " too large dimension");
        }
        int nx = (int) nxL;
        int ny = (int) nyL;
        int nz = (int) nzL;
        int n = grid(nx, ny, nz, voxelSize);
        Dtype dtype = Dtype.parse(descr, file);
        long data = start + headerLength;
        long expected = (long) n * dtype.bytes;
        if (size - data < expected) {
            throw new IllegalArgumentException("file " + file + ": shape (" + shapeText + ") of " + descr + " needs "
                    + expected + " bytes of data, the file has " + (size - data) + " (truncated)");
        }
        if (size - data > expected) {
            throw new IllegalArgumentException("file " + file + ": shape (" + shapeText + ") of " + descr + " needs "
                    + expected + " bytes of data, the file has " + (size - data) + " (extra bytes at the end)");
        }
        ByteBuffer buffer = readAll(file, data, expected).order(dtype.order);
        byte[] labels = new byte[n];
        int i = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, i++) {
                    // C order: element (z, y, x) at z·ny·nx + y·nx + x = our index; Fortran: z + nz·(y + ny·x)
                    long e = fortran ? z + (long) nz * (y + (long) ny * x) : i;
                    labels[i] = map.label(dtype.get(buffer, e, file), i, file, nx, ny);
                }
            }
        }
        return Microstructure.of(nx, ny, nz, voxelSize, labels, map.phases());
    }

    /**
     * Writes the labels as a NumPy {@code .npy} file: format 1.0, dtype {@code '|u1'}, C order, shape
     * (nz, ny, nx), so that {@code numpy.load(file)[z, y, x]} is the label of voxel (x, y, z).
     *
     * @param microstructure the grid (not null)
     * @param file the file to write (not null; replaced if it exists)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeNpy(Microstructure microstructure, Path file) {
        Checks.nonNull(microstructure, "microstructure");
        Checks.nonNull(file, "file");
        String dict = "{'descr': '|u1', 'fortran_order': False, 'shape': (" + microstructure.nz() + ", "
                + microstructure.ny() + ", " + microstructure.nx() + "), }";
        // magic (6) + version (2) + length (2) + dict + padding + '\n' is a multiple of 64 (NEP 1)
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        byte[] labels = microstructure.labelArray();
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[Checks.allocation(10L + h.length + labels.length, 1, 1, "npy file of " + labels.length
                + " voxels")];
        System.arraycopy(NPY_MAGIC, 0, out, 0, 6);
        out[6] = 1;
        out[7] = 0;
        out[8] = (byte) (h.length & 0xFF);
        out[9] = (byte) (h.length >>> 8);
        System.arraycopy(h, 0, out, 10, h.length);
        System.arraycopy(labels, 0, out, 10 + h.length, labels.length);
        write(file, out);
    }

    /** A NumPy integer dtype. */
    private static final class Dtype {
        final int bytes;
        final boolean signed;
        final ByteOrder order;

        private Dtype(int bytes, boolean signed, ByteOrder order) {
            this.bytes = bytes;
            this.signed = signed;
            this.order = order;
        }

        static Dtype parse(String descr, Path file) {
            Matcher m = Pattern.compile("([<>|=])([uib])(\\d+)").matcher(descr);
            if (!m.matches()) {
                throw unsupported(descr, file);
            }
            char kind = m.group(2).charAt(0);
            int bytes = Integer.parseInt(m.group(3));
            if (kind == 'b' ? bytes != 1 : bytes != 1 && bytes != 2 && bytes != 4 && bytes != 8) {
                throw unsupported(descr, file);
            }
            char o = m.group(1).charAt(0);
            if (bytes > 1 && o == '|') {
                throw unsupported(descr, file);
            }
            ByteOrder order = o == '>' ? ByteOrder.BIG_ENDIAN : o == '<' ? ByteOrder.LITTLE_ENDIAN
                    : ByteOrder.nativeOrder();
            return new Dtype(bytes, kind == 'i', order);
        }

        static IllegalArgumentException unsupported(String descr, Path file) {
            return new IllegalArgumentException("file " + file + ": NumPy dtype '" + descr + "' is not supported; "
                    + "expected an integer or bool dtype (|u1 |i1 |b1 <u2 >u2 <i2 >i2 <u4 >u4 <i4 >i4 <u8 >u8 <i8 >i8); "
                    + "convert labels with array.astype(numpy.uint8)");
        }

        long get(ByteBuffer b, long element, Path file) {
            int at = (int) (element * bytes);
            switch (bytes) {
                case 1:
                    return signed ? b.get(at) : b.get(at) & 0xFF;
                case 2:
                    return signed ? b.getShort(at) : b.getShort(at) & 0xFFFF;
                case 4:
                    return signed ? b.getInt(at) : b.getInt(at) & 0xFFFFFFFFL;
                default:
                    long v = b.getLong(at);
                    // an unsigned 64-bit value above 2^63 reads as negative: no phase maps it either way
                    return v;
            }
        }
    }

    private static String find(Pattern p, String header, String key, Path file) {
        Matcher m = p.matcher(header);
        if (!m.find()) {
            throw new IllegalArgumentException("file " + file + ": the NumPy header has no valid '" + key + "' entry: "
                    + header.trim());
        }
        return m.group(1);
    }

    // ------------------------------------------------------------------------------------------------ tiff

    /**
     * @param file a multi-page TIFF, one page per z slice, pages nx wide and ny high, 8- or 16-bit grey
     *     (not null)
     * @param voxelSize edge of a voxel, in m (finite, &gt; 0)
     * @param phases the phases, each standing for the grey value equal to its label
     * @return the microstructure
     * @throws IllegalArgumentException if the file is not a TIFF, pages differ in size or are not single
     *     band, or a value has no phase
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Microstructure readTiff(Path file, double voxelSize, List<VoxelPhase> phases) {
        return readTiff(file, voxelSize, byLabel(phases));
    }

    /**
     * @param file a multi-page TIFF, one page per z slice, pages nx wide and ny high, 8- or 16-bit grey
     *     (not null)
     * @param voxelSize edge of a voxel, in m (finite, &gt; 0)
     * @param phases the phase of each grey value (not null, at least one)
     * @return the microstructure
     * @throws IllegalArgumentException if the file is not a TIFF, pages differ in size or are not single
     *     band, or a value has no phase
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Microstructure readTiff(Path file, double voxelSize, Map<Integer, VoxelPhase> phases) {
        Checks.nonNull(file, "file");
        Checks.positive(voxelSize, "voxelSize", "m");
        Checks.finite(voxelSize, "voxelSize", "m");
        Mapping map = new Mapping(phases);
        size(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = null;
            while (readers.hasNext()) {
                ImageReader r = readers.next();
                if (r.getOriginatingProvider().getFormatNames()[0].toLowerCase(Locale.ROOT).contains("tif")) {
                    reader = r;
                    break;
                }
            }
            if (reader == null) {
                throw new IllegalArgumentException("file " + file + " is not a TIFF file (no TIFF reader accepts it)");
            }
            try {
                reader.setInput(in, false, true);
                int nz = reader.getNumImages(true);
                if (nz < 1) {
                    throw new IllegalArgumentException("file " + file + " holds no page");
                }
                int nx = reader.getWidth(0);
                int ny = reader.getHeight(0);
                int n = grid(nx, ny, nz, voxelSize);
                byte[] labels = new byte[n];
                int[] row = new int[nx * ny];
                for (int z = 0; z < nz; z++) {
                    Raster page;
                    try {
                        page = reader.read(z).getRaster();
                    } catch (IOException | RuntimeException e) {
                        throw new IllegalArgumentException("file " + file + ": page " + z + " cannot be decoded ("
                                + e + "); truncated or an unsupported compression?", e);
                    }
                    if (page.getWidth() != nx || page.getHeight() != ny) {
                        throw new IllegalArgumentException("file " + file + ": page " + z + " is " + page.getWidth()
                                + "×" + page.getHeight() + ", expected " + nx + "×" + ny + " as page 0");
                    }
                    if (page.getNumBands() != 1) {
                        throw new IllegalArgumentException("file " + file + ": page " + z + " has " + page.getNumBands()
                                + " bands (colour?), expected 1 grey band");
                    }
                    page.getSamples(page.getMinX(), page.getMinY(), nx, ny, 0, row);
                    int base = nx * ny * z;
                    for (int k = 0; k < row.length; k++) {
                        labels[base + k] = map.label(row[k] & 0xFFFFFFFFL, base + k, file, nx, ny);
                    }
                }
                return Microstructure.of(nx, ny, nz, voxelSize, labels, map.phases());
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read TIFF file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the labels as a multi-page TIFF: page z is slice z, nx wide and ny high, uncompressed 8-bit
     * grey with the labels as grey values.
     *
     * @param microstructure the grid (not null)
     * @param file the file to write (not null; replaced if it exists)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeTiff(Microstructure microstructure, Path file) {
        Checks.nonNull(microstructure, "microstructure");
        Checks.nonNull(file, "file");
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this JVM has no TIFF writer (javax.imageio needs JDK 9 or later)");
        }
        ImageWriter writer = writers.next();
        int nx = microstructure.nx();
        int ny = microstructure.ny();
        byte[] labels = microstructure.labelArray();
        try {
            Files.deleteIfExists(file);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_DISABLED);
                writer.prepareWriteSequence(null);
                for (int z = 0; z < microstructure.nz(); z++) {
                    BufferedImage page = new BufferedImage(nx, ny, BufferedImage.TYPE_BYTE_GRAY);
                    WritableRaster r = page.getRaster();
                    r.setDataElements(0, 0, nx, ny, Arrays.copyOfRange(labels, nx * ny * z, nx * ny * (z + 1)));
                    writer.writeToSequence(new IIOImage(page, null, null), param);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write TIFF file " + file + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------------ common

    /** Checks the grid and returns nx·ny·nz. */
    private static int grid(int nx, int ny, int nz, double voxelSize) {
        Checks.positive(nx, "nx");
        Checks.positive(ny, "ny");
        Checks.positive(nz, "nz");
        Checks.positive(voxelSize, "voxelSize", "m");
        Checks.finite(voxelSize, "voxelSize", "m");
        return Checks.allocation((long) nx * ny * nz, 2, 1, "voxel grid of nx×ny×nz = " + nx + "×" + ny + "×" + nz);
    }

    private static Map<Integer, VoxelPhase> byLabel(List<VoxelPhase> phases) {
        Checks.nonNull(phases, "phases");
        Map<Integer, VoxelPhase> m = new HashMap<>();
        for (int i = 0; i < phases.size(); i++) {
            VoxelPhase p = Checks.nonNull(phases.get(i), "phases[" + i + "]");
            m.put(p.label(), p);
        }
        return m;
    }

    /** File value → label, with the distinct phases in the order of their labels. */
    private static final class Mapping {
        private final Map<Long, Byte> labels = new HashMap<>();
        private final byte[] small = new byte[65536];
        private final boolean[] known = new boolean[65536];
        private final List<VoxelPhase> phases = new ArrayList<>();
        private final Map<Integer, VoxelPhase> given;

        Mapping(Map<Integer, VoxelPhase> given) {
            Checks.nonNull(given, "phases");
            if (given.isEmpty()) {
                throw new IllegalArgumentException("phases must map at least one file value to a phase, held none");
            }
            this.given = given;
            List<Integer> keys = new ArrayList<>();
            for (Map.Entry<Integer, VoxelPhase> e : given.entrySet()) {
                Checks.nonNull(e.getKey(), "phases key");
                Checks.nonNull(e.getValue(), "phases[" + e.getKey() + "]");
                keys.add(e.getKey());
            }
            keys.sort(null);
            for (int key : keys) {
                VoxelPhase p = given.get(key);
                boolean seen = false;
                for (VoxelPhase q : phases) {
                    if (q.equals(p)) {
                        seen = true;
                    } else if (q.label() == p.label() || q.name().equals(p.name())) {
                        throw new IllegalArgumentException("phases: " + q + " and " + p + " share a label or a name");
                    }
                }
                if (!seen) {
                    phases.add(p);
                }
                if (key >= 0 && key < 65536) {
                    small[key] = (byte) p.label();
                    known[key] = true;
                } else {
                    labels.put((long) key, (byte) p.label());
                }
            }
        }

        List<VoxelPhase> phases() {
            return phases;
        }

        byte label(long value, int index, Path file, int nx, int ny) {
            if (value >= 0 && value < 65536) {
                if (known[(int) value]) {
                    return small[(int) value];
                }
            } else {
                Byte b = labels.get(value);
                if (b != null) {
                    return b;
                }
            }
            throw new IllegalArgumentException("file " + file + ": voxel (" + index % nx + ", " + index / nx % ny + ", "
                    + index / ((long) nx * ny) + ") holds the value " + value + ", which no phase stands for; the"
                    + " phases map the values " + new java.util.TreeSet<>(given.keySet()));
        }
    }

    private static long size(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("file " + file + " does not exist or is not a regular file");
            }
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + file + ": " + e.getMessage(), e);
        }
    }

    private static ByteBuffer readAll(Path file, long position, long length) {
        ByteBuffer b = ByteBuffer.allocate(Checks.allocation(length, 1, 1, "file " + file));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (b.hasRemaining()) {
                int got = ch.read(b, position + b.position());
                if (got < 0) {
                    throw new IllegalArgumentException("file " + file + " ended after " + (position + b.position())
                            + " bytes, expected " + (position + length) + " (truncated)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + file + ": " + e.getMessage(), e);
        }
        return b.flip();
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format(Locale.ROOT, "\\x%02x", x & 0xFF));
        }
        return sb.toString();
    }
}
