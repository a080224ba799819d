package org.assay.rubric.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the YAML files of a bank from a folder or a zip, within limits: at most so many entries, each and all of them
 * at most so many bytes, names without folder tricks. Only {@code .yaml} files are kept; the bank loader ignores the
 * folders in their names.
 *
 * @param maxEntries most entries a zip may have, folders and other files included
 * @param maxBytes most bytes of all YAML files together, uncompressed
 */
public record BankFiles(int maxEntries, long maxBytes) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._ -]+(/[A-Za-z0-9._ -]+)*");

    /** The .yaml files of a zip, by name. */
    public Map<String, String> readZip(InputStream zip) {
        var files = new TreeMap<String, String>();
        long total = 0;
        int entries = 0;
        try (var in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw new UploadRejectedException(413, "The zip has more than " + maxEntries
                            + " entries, the most a bank upload may have (assay.limits.zip-entries).");
                }
                var name = entry.getName();
                checkName(name);
                if (entry.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(".yaml") || hidden(name)) {
                    continue;
                }
                var bytes = readAtMost(in, maxBytes - total, name);
                total += bytes.length;
                files.put(name, text(bytes, name));
            }
        } catch (ZipException e) {
            throw new UploadRejectedException(422, "The file is not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries == 0) {
            throw new UploadRejectedException(422, "The file is not a zip, or the zip is empty.");
        }
        return files;
    }

    /** The .yaml files directly inside a folder, by name. */
    public Map<String, String> readFolder(Path folder) {
        var files = new TreeMap<String, String>();
        long total = 0;
        try (Stream<Path> listing = Files.list(folder)) {
            for (var file : listing.filter(Files::isRegularFile).sorted().toList()) {
                var name = file.getFileName().toString();
                if (!name.endsWith(".yaml")) {
                    continue;
                }
                total += Files.size(file);
                if (total > maxBytes) {
                    throw new UploadRejectedException(413, "The folder's YAML files add up to more than "
                            + maxBytes + " bytes (assay.limits.upload-bytes).");
                }
                files.put(name, text(Files.readAllBytes(file), name));
            }
        } catch (IOException e) {
            throw new UploadRejectedException(422, "The folder cannot be read: " + e.getMessage());
        }
        return files;
    }

    /** Decodes an uploaded file as UTF-8, refusing anything else. */
    static String text(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UploadRejectedException(422, name + " is not UTF-8 text.");
        }
    }

    private static void checkName(String name) {
        boolean unsafe = name.startsWith("/") || name.contains("\\") || name.contains(":")
                || Stream.of(name.split("/")).anyMatch(part -> part.equals("..") || part.equals("."))
                || !SAFE_NAME.matcher(name.endsWith("/") ? name.substring(0, name.length() - 1) : name).matches();
        if (unsafe) {
            throw new UploadRejectedException(422, "The zip holds an entry with an unsafe name (\"" + name
                    + "\"). Names may only have letters, digits, '.', '-', '_' and folders, never \"..\".");
        }
    }

    private static boolean hidden(String name) {
        return name.startsWith("__MACOSX/") || name.substring(name.lastIndexOf('/') + 1).startsWith(".");
    }

    /** Reads an entry, refusing it as soon as it passes what is left of the byte budget. */
    private byte[] readAtMost(InputStream in, long budget, String name) throws IOException {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > budget) {
                throw new UploadRejectedException(413, "The zip's YAML files add up to more than " + maxBytes
                        + " bytes once unpacked (at " + name + "); the limit is assay.limits.upload-bytes.");
            }
        }
        return out.toByteArray();
    }
}
