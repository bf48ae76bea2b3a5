package dev.closeloop.rules;

import dev.closeloop.Platform;
import dev.closeloop.PlatformPolicy;
import dev.closeloop.spi.PolicyProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * Provides the bundled policy of every {@link Platform} to
 * {@link dev.closeloop.ComplianceChecker#standard()} through {@link java.util.ServiceLoader}.
 * The policies themselves are in {@link Policies}.
 */
public final class BundledPolicies implements PolicyProvider {

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public BundledPolicies() {
    }

    @Override
    public List<PlatformPolicy> policies() {
        List<PlatformPolicy> all = new ArrayList<>();
        for (Platform p : Platform.values()) {
            all.add(Policies.of(p));
        }
        return List.copyOf(all);
    }
}
