/**
 * What every chapter's commands decide with (命令的共用部分): the context, the acting party, loading, dossiers, the lifecycle step, changes and the recorder. Not API: hosts use the façade, {@link dev.clustergov.core.application.Clustergov}; these types are public only because Java has no access between a package and its sub-packages.
 */
package dev.clustergov.core.application.internal;
