package dev.closeloop.spi;

import dev.closeloop.PlatformPolicy;

import java.util.List;

/**
 * Supplies platform policies to {@link dev.closeloop.ComplianceChecker#standard()} through
 * {@link java.util.ServiceLoader}. The {@code closeloop-platform-rules} artifact provides one for
 * every {@link dev.closeloop.Platform}.
 *
 * <p>Implementations need a public no-argument constructor and must return immutable policies.
 */
public interface PolicyProvider {

    /** @return the policies this provider knows, at most one per platform */
    List<PlatformPolicy> policies();
}
