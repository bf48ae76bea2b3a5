/**
 * Closeloop's engine: normalization, the term automaton, scanners and the built-in detectors.
 *
 * <p><b>Not an API.</b> Everything here may change in any release; depend only on
 * {@code dev.closeloop} and {@code dev.closeloop.spi}.
 */
package dev.closeloop.internal;
