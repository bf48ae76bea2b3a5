package dev.closeloop.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the data files bundled with the engine. */
final class Resources {
    private Resources() {}

    /**
     * @param name a file name beside this class
     * @return the file's bytes
     */
    static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the data file " + name, e);
        }
    }

    /**
     * @param name a file name beside this class
     * @return the non-blank, non-comment lines, split on tabs
     */
    static List<String[]> rows(String name) {
        try (InputStream in = open(name)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the data file " + name, e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Resources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The data file " + name + " is missing from the closeloop-core jar.");
        }
        return in;
    }
}
