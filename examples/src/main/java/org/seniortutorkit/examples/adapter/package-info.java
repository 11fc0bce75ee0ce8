/**
 * A worked example of a persistence adapter, written the way an integrator would write one for their own store:
 * a few sorted maps, one lock, and a list of "before" images to roll back. {@code docs/persistence.md} walks
 * through it; its test runs the whole compatibility kit against it.
 */
package org.seniortutorkit.examples.adapter;
