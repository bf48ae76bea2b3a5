/**
 * The service-provider interface: write a {@link dev.closeloop.spi.Detector} to find what the
 * built-in detectors do not, or a {@link dev.closeloop.spi.PolicyProvider} to bundle policies.
 */
package dev.closeloop.spi;
