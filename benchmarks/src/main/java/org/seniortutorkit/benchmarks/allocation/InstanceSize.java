package org.seniortutorkit.benchmarks.allocation;

import org.seniortutorkit.allocation.AllocationRequest;
import org.seniortutorkit.allocation.synthetic.SyntheticInstance;

/** The allocation instances we measure, from one department to a stress test beyond any real institution. */
public enum InstanceSize {
  DEPARTMENT(400, 30),
  FACULTY(6_000, 400),
  INSTITUTION(25_000, 2_000),
  STRESS(300_000, 20_000);

  static final long SEED = 20_260_901L;

  final int students;
  final int tutors;

  InstanceSize(int students, int tutors) {
    this.students = students;
    this.tutors = tutors;
  }

  AllocationRequest request() {
    return SyntheticInstance.generate(students, tutors, SEED);
  }
}
