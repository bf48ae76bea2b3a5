package dev.closeloop;

import org.junit.jupiter.params.provider.Arguments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads one-line test cases: {@code EXPECT<TAB>text[<TAB>excerpt]} from {@code cases/NAME.tsv}. */
final class Cases {
    private Cases() {}

    static Stream<Arguments> read(String name) {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Cases.class.getResourceAsStream("cases/" + name + ".tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t", -1);
                out.add(Arguments.of(p[0], p[1], p.length > 2 ? p[2] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.stream();
    }
}
