/**
 * Core's thread-safe, in-memory store of every port: for tests, demos and embedding where nothing needs to
 * outlive the process. Transactions run one at a time under a lock and are undone whole if they fail.
 */
package org.seniortutorkit.persistence.memory;
