package dev.closeloop;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlatformPolicyDomainTest {
    private static final PlatformPolicy POLICY = PlatformPolicy.builder(Platform.AMAZON)
            .allowDomain("amazon.*").allowDomain("aliexpress.com").build();

    @ParameterizedTest(name = "{0} allowed: {1}")
    @CsvSource({
            "aliexpress.com, true",
            "m.aliexpress.com, true",
            "a.b.aliexpress.com, true",
            "ALIEXPRESS.COM, true",
            "fakealiexpress.com, false",
            "aliexpress.com.evil.io, false",
            "liexpress.com, false",
            "amazon.de, true",
            "www.amazon.co.uk, true",
            "Smile.Amazon.com, true",
            "myamazon.com, false",
            "amazonx.com, false",
            "amazon, false",
            "shop.amazonia.org, false",
            "x.y, false",
    })
    void aDomainIsAllowedOnlyAsItselfOrASubdomain(String host, boolean allowed) {
        assertEquals(allowed, POLICY.isAllowedDomain(host));
    }
}
