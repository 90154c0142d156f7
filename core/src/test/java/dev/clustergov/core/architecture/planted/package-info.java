/**
 * Planted violations (故意的违规): small classes that break one architecture rule each, so that
 * {@code ArchitectureTest} can show every rule fails when it should. Test sources only; never
 * imported by the rules' check of the core.
 */
package dev.clustergov.core.architecture.planted;
