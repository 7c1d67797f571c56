package app.herold.channels.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Builds and reads the raw segments and chunks of test files, the way a phone or an image editor writes them. */
final class PictureBytes {

    static final int APP1 = 0xE1;
    static final int APP2 = 0xE2;
    static final int APP14 = 0xEE;
    static final int COM = 0xFE;

    private PictureBytes() {
    }

    /** One segment before the picture data: its marker (second byte) and its payload. */
    record Segment(int marker, byte[] payload) {

        boolean startsWith(String identifier) {
            byte[] id = identifier.getBytes(StandardCharsets.ISO_8859_1);
            return payload.length >= id.length && Arrays.equals(payload, 0, id.length, id, 0, id.length);
        }
    }

    /**
     * An EXIF APP1 payload as a phone writes it: big-endian TIFF, IFD0 with the orientation and a
     * pointer to a GPS IFD holding latitude 48° 8' 29.57" N.
     */
    static byte[] exifWithOrientationAndGps(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(92);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
        tiff.putInt(0);
        tiff.putInt(48).putInt(1).putInt(8).putInt(1).putInt(2957).putInt(100);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        payload.writeBytes(tiff.array());
        return payload.toByteArray();
    }

    /** An ICC APP2 payload: identifier, chunk 1 of 1, the profile. */
    static byte[] iccProfile(byte[] profile) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1));
        payload.write(1);
        payload.write(1);
        payload.writeBytes(profile);
        return payload.toByteArray();
    }

    /** The Adobe APP14 payload that marks four channels as CMYK, stored inverted as Photoshop does. */
    static byte[] adobeCmyk() {
        return new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
    }

    static byte[] withSegmentAfterStart(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The segments from the start of the file up to the picture data. */
    static List<Segment> segments(byte[] jpeg) {
        List<Segment> segments = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA) {
                break;
            }
            int length = (jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF);
            segments.add(new Segment(marker, Arrays.copyOfRange(jpeg, at + 4, at + 2 + length)));
            at += 2 + length;
        }
        return segments;
    }

    /** The same file with other dimensions written into its frame header, and nothing else changed. */
    static byte[] withFrameSize(byte[] jpeg, int width, int height) {
        byte[] patched = jpeg.clone();
        int at = 2;
        while ((patched[at + 1] & 0xFF) != 0xC0) {
            at += 2 + ((patched[at + 2] & 0xFF) << 8 | (patched[at + 3] & 0xFF));
        }
        patched[at + 5] = (byte) (height >> 8);
        patched[at + 6] = (byte) height;
        patched[at + 7] = (byte) (width >> 8);
        patched[at + 8] = (byte) width;
        return patched;
    }

    /** A PNG with an iCCP chunk (name, compression 0, deflated profile) right after its header chunk. */
    static byte[] pngWithProfile(byte[] png, byte[] profile) {
        Deflater deflater = new Deflater();
        deflater.setInput(profile);
        deflater.finish();
        byte[] buffer = new byte[profile.length + 1024];
        int compressed = deflater.deflate(buffer);
        deflater.end();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("test profile\0".getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(buffer, 0, compressed);
        return pngWithChunk(png, "iCCP", data.toByteArray());
    }

    /** A PNG with an eXIf chunk, which holds the TIFF part of EXIF without the "Exif" identifier. */
    static byte[] pngWithExif(byte[] png, byte[] exifPayload) {
        return pngWithChunk(png, "eXIf", Arrays.copyOfRange(exifPayload, 6, exifPayload.length));
    }

    private static byte[] pngWithChunk(byte[] png, String chunkType, byte[] chunkData) {
        byte[] type = chunkType.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(chunkData);
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(ByteBuffer.allocate(4).putInt(chunkData.length).array());
        out.writeBytes(type);
        out.writeBytes(chunkData);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }
}
