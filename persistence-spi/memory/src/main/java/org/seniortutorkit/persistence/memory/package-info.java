/**
 * A thread-safe, in-memory adapter of the persistence SPI: for tests, demos and embedding where nothing needs to
 * outlive the process. Transactions run one at a time under a lock and are undone whole if they fail.
 */
package org.seniortutorkit.persistence.memory;
