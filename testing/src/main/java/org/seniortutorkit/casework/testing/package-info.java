/**
 * Test doubles for casework's ports: a notification publisher that keeps what it is given, for tests and
 * runnable examples. Not for production use.
 */
package org.seniortutorkit.casework.testing;
