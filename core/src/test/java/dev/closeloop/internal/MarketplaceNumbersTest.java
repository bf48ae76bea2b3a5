package dev.closeloop.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketplaceNumbersTest {
    private static final MarketplaceNumbers NUMBERS = new MarketplaceNumbers(List.of(
            new String[] {"example.com", "1", "1", "8005550100"},
            new String[] {"example.ru", "7", "8", "8005550111"},
            new String[] {"example.co.uk", "44", "0", "8005550199"}));

    private static String host(String digits) {
        return NUMBERS.hostOf(digits.toCharArray(), digits.length());
    }

    @Test
    void aNumberIsKnownWithItsCallingCode_itsTrunkPrefix_bareAndAfter00() {
        assertEquals("example.com", host("18005550100"));
        assertEquals("example.com", host("8005550100"));
        assertEquals("example.com", host("0018005550100"));
        assertEquals("example.ru", host("78005550111"));
        assertEquals("example.ru", host("0078005550111"));
        assertEquals("example.ru", host("88005550111"));
        assertEquals("example.co.uk", host("08005550199"));
        assertEquals("example.co.uk", host("448005550199"));
        assertEquals("example.co.uk", host("00448005550199"));
    }

    @Test
    void otherDigits_belongToNoMarketplace() {
        assertNull(host("18005550101"));
        assertNull(host("180055501000"));
        assertNull(host("08005550100"));
        assertNull(host("1234567890123456789"));
        assertNull(host(""));
    }

    @Test
    void theBundledFile_reads() {
        String us = "18882804331";
        assertEquals("amazon.com", MarketplaceNumbers.INSTANCE.hostOf(us.toCharArray(), us.length()));
    }

    @Test
    void aDamagedRow_isNamedWithWhatARowHolds() {
        for (String[] row : List.of(new String[] {"x.com", "1", "1"}, new String[] {"x.com", "1", "1", "800-555"},
                new String[] {"x.com", "1", "1", "0800555"}, new String[] {"x.com", "044", "0", "8005550100"})) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new MarketplaceNumbers(List.<String[]>of(row)));
            assertTrue(e.getMessage().contains("calling code, a trunk prefix and a national number"), e.getMessage());
        }
    }
}
