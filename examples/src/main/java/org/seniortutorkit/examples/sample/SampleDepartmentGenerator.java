package org.seniortutorkit.examples.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.Faculty;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.institution.Institution;
import org.seniortutorkit.kernel.InstitutionId;
import org.seniortutorkit.institution.Programme;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.institution.SeniorTutorAppointment;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.institution.Term;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.student.StudentStatus;
import org.seniortutorkit.training.CpdActivity;
import org.seniortutorkit.training.TrainingRecord;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;

/**
 * Generates the sample department from a fixed seed, so the shipped JSON can be regenerated and reviewed:
 * {@code java -cp examples/target/senior-tutor-kit.jar org.seniortutorkit.examples.sample.SampleDepartmentGenerator
 * examples/src/main/resources/org/seniortutorkit/examples/sample/sample-department.json}.
 */
public final class SampleDepartmentGenerator {
  private static final AcademicYear THIS_YEAR = AcademicYear.of(2026);
  private static final DepartmentId CHEMISTRY = DepartmentId.of("CHEM");
  private static final String[] GIVEN = {"Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Arthur",
      "Priya", "Mohammed", "Zara", "Leo", "Chloe", "Kwame", "Sofia", "Jack", "Aisha", "Harry", "Mei", "Oscar",
      "Freya", "Ibrahim", "Grace", "Tomasz", "Lily", "Yusuf", "Emily", "Rohan", "Hannah", "Chidi", "Ella",
      "Lucas", "Anya", "Samuel", "Fatima", "Daniel", "Ines", "Ethan", "Nia", "Kai"};
  private static final String[] FAMILY = {"Smith", "Jones", "Patel", "Williams", "Brown", "Khan", "Taylor",
      "Davies", "Wilson", "Evans", "Nowak", "Okafor", "Thomas", "Roberts", "Chen", "Walker", "Wright", "Ali",
      "Hughes", "Edwards", "Green", "Hall", "Wood", "Mensah", "Clarke", "Kaur", "Lewis", "Murphy", "Rossi",
      "Harris", "Jackson", "Singh", "Martin", "Cooper", "Zhang", "Hill", "Ward", "Morgan", "Ahmed", "Lee"};

  private final Random random = new Random(2026);

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "sample-department.json");
    Files.writeString(out, SeniorTutorJson.writePretty(new SampleDepartmentGenerator().generate()) + "\n",
        StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  public SampleDepartment generate() {
    List<Programme> programmes = List.of(
        Programme.of(ProgrammeCode.of("F100"), "BSc Chemistry", StudyLevel.UNDERGRADUATE, 3),
        Programme.of(ProgrammeCode.of("F105"), "MChem Chemistry", StudyLevel.UNDERGRADUATE, 4),
        Programme.of(ProgrammeCode.of("F1MA"), "MSc Analytical Chemistry", StudyLevel.POSTGRADUATE_TAUGHT, 1),
        Programme.of(ProgrammeCode.of("F1MS"), "MSc Sustainable Chemistry", StudyLevel.POSTGRADUATE_TAUGHT, 1));
    List<StaffMember> staff = staff();
    List<Student> students = students(programmes);
    return SampleDepartment.builder()
        .institution(institution(programmes))
        .departmentId(CHEMISTRY)
        .calendar(AcademicCalendar.builder().year(THIS_YEAR)
            .addTerms(Term.of("Autumn", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 12, 11)))
            .addTerms(Term.of("Spring", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 26)))
            .addTerms(Term.of("Summer", LocalDate.of(2027, 4, 26), LocalDate.of(2027, 6, 18)))
            .build())
        .today(LocalDate.of(2026, 9, 14))
        .staff(staff)
        .students(students)
        .previousAssignments(previousAssignments(students, staff))
        .meetings(List.of())
        .build();
  }

  private Institution institution(List<Programme> programmes) {
    Department chemistry = Department.builder().id(CHEMISTRY).name("Department of Chemistry")
        .faculty(FacultyId.of("FSCI")).addAllProgrammes(programmes)
        .addSeniorTutorAppointments(SeniorTutorAppointment.of(StaffId.of("T001"), StudyLevel.UNDERGRADUATE, THIS_YEAR))
        .addSeniorTutorAppointments(
            SeniorTutorAppointment.of(StaffId.of("T002"), StudyLevel.POSTGRADUATE_TAUGHT, THIS_YEAR))
        .build();
    Department physics = Department.builder().id(DepartmentId.of("PHYS")).name("Department of Physics")
        .faculty(FacultyId.of("FSCI"))
        .addProgrammes(Programme.of(ProgrammeCode.of("F300"), "BSc Physics", StudyLevel.UNDERGRADUATE, 3))
        .addSeniorTutorAppointments(SeniorTutorAppointment.of(StaffId.of("P001"), StudyLevel.UNDERGRADUATE, THIS_YEAR))
        .build();
    Department medicine = Department.builder().id(DepartmentId.of("MED")).name("School of Medicine")
        .faculty(FacultyId.of("FMED")).seniorTutorsSupportiveOnly(true)
        .addProgrammes(Programme.of(ProgrammeCode.of("A100"), "MBBS Medicine", StudyLevel.UNDERGRADUATE, 5))
        .addSeniorTutorAppointments(SeniorTutorAppointment.of(StaffId.of("M001"), StudyLevel.UNDERGRADUATE, THIS_YEAR))
        .build();
    return Institution.builder().id(InstitutionId.of("WESTMOOR")).name("University of Westmoor")
        .chiefStudentServicesOfficer(StaffId.of("C001"))
        .addFaculties(Faculty.builder().id(FacultyId.of("FSCI")).name("Faculty of Science")
            .addDepartments(chemistry, physics).build())
        .addFaculties(Faculty.builder().id(FacultyId.of("FMED")).name("Faculty of Medicine")
            .addDepartments(medicine).build())
        .build();
  }

  private List<StaffMember> staff() {
    List<StaffMember> staff = new ArrayList<>();
    String[] areas = {"organic synthesis", "catalysis", "spectroscopy", "computational chemistry",
        "materials", "analytical chemistry", "green chemistry", "biological chemistry"};
    for (int i = 1; i <= 30; i++) {
      StaffMember.Builder tutor = StaffMember.builder()
          .id(StaffId.of(String.format("T%03d", i)))
          .fullName((i % 3 == 0 ? "Prof " : "Dr ") + name())
          .email(String.format("tutor%03d@westmoor.example.ac.uk", i))
          .department(CHEMISTRY)
          .addRoles(StaffRole.PERSONAL_TUTOR)
          .fte(i % 7 == 0 ? 0.5 : i % 11 == 0 ? 0.2 : 1.0)
          .addResearchAreas(areas[i % areas.length]);
      boolean newStarter = i > 27;   // three new colleagues: the workshop is booked for October
      if (!newStarter) {
        LocalDate since = LocalDate.of(2026 - 1 - random.nextInt(15), 9, 1);
        tutor.tutoringSince(since)
            .training(TrainingRecord.builder()
                .introductionToPersonalTutoringCompletedOn(since.plusDays(14))
                .addCpd(CpdActivity.of("Supporting student mental health", LocalDate.of(2025, 3, 12), 3.0))
                .build());
      }
      if (i == 1) {
        tutor.addRoles(StaffRole.SENIOR_TUTOR_UNDERGRADUATE);
      }
      if (i == 2) {
        tutor.addRoles(StaffRole.SENIOR_TUTOR_POSTGRADUATE);
      }
      if (i == 4) {
        tutor.addRoles(StaffRole.DEPARTMENTAL_DISABILITIES_OFFICER)
            .addQualifiedFor(ComplexNeed.DISABILITY_SUPPORT_PLAN);
      }
      if (i % 6 == 5) {
        tutor.addQualifiedFor(ComplexNeed.WELLBEING_CONCERN, ComplexNeed.CARE_LEAVER, ComplexNeed.ESTRANGED);
      }
      if (i % 5 == 3) {
        tutor.addQualifiedFor(ComplexNeed.DISABILITY_SUPPORT_PLAN, ComplexNeed.SPONSORED_VISA,
            ComplexNeed.YOUNG_CARER);
      }
      if (i == 9 || i == 17) {
        tutor.addOnLeave(THIS_YEAR);   // research leave this year
      }
      staff.add(tutor.build());
    }
    staff.add(StaffMember.builder().id(StaffId.of("W001")).fullName("Ms " + name()).department(CHEMISTRY)
        .addRoles(StaffRole.STUDENT_WELLBEING_ADVISER).build());
    staff.add(StaffMember.builder().id(StaffId.of("R001")).fullName("Mr " + name()).department(CHEMISTRY)
        .addRoles(StaffRole.REGISTRY_CONTACT).build());
    return staff;
  }

  private List<Student> students(List<Programme> programmes) {
    List<Student> students = new ArrayList<>();
    int serial = 2_600_000;
    int[][] cohort = {{0, 1, 60}, {0, 2, 55}, {0, 3, 50}, {1, 1, 45}, {1, 2, 40}, {1, 3, 38}, {1, 4, 34},
        {2, 1, 40}, {3, 1, 32}};
    for (int[] group : cohort) {
      Programme programme = programmes.get(group[0]);
      for (int k = 0; k < group[2]; k++) {
        serial += 1 + random.nextInt(40);
        students.add(Student.builder()
            .id(StudentId.of("S" + serial))
            .fullName(name())
            .email("s" + serial + "@westmoor.example.ac.uk")
            .department(CHEMISTRY)
            .programme(programme.code())
            .level(programme.level())
            .yearOfStudy(group[1])
            .entryYear(AcademicYear.of(2026 - group[1] + 1))
            .status(random.nextInt(100) < 2 ? StudentStatus.INTERRUPTED : StudentStatus.ACTIVE)
            .complexNeeds(needs())
            .build());
      }
    }
    return students;
  }

  private Set<ComplexNeed> needs() {
    int roll = random.nextInt(100);
    if (roll < 3) {
      return EnumSet.of(ComplexNeed.DISABILITY_SUPPORT_PLAN);
    }
    if (roll < 5) {
      return EnumSet.of(ComplexNeed.values()[random.nextInt(ComplexNeed.values().length)]);
    }
    return EnumSet.noneOf(ComplexNeed.class);
  }

  private List<TutorAssignment> previousAssignments(List<Student> students, List<StaffMember> staff) {
    List<TutorAssignment> assignments = new ArrayList<>();
    List<StaffMember> experienced = staff.stream().filter(s -> s.tutoringSince().isPresent()).toList();
    for (Student student : students) {
      if (student.yearOfStudy() < 2) {
        continue;
      }
      StaffMember tutor = experienced.get(random.nextInt(experienced.size()));
      assignments.add(TutorAssignment.builder().student(student.id()).tutor(tutor.id())
          .academicYear(THIS_YEAR.previous()).origin(AssignmentOrigin.ALLOCATED)
          .madeOn(LocalDate.of(2025, 9, 15)).build());
    }
    return assignments;
  }

  private String name() {
    return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
  }
}
