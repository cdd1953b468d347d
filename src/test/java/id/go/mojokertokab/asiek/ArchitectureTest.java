package id.go.mojokertokab.asiek;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Feature packages depend on each other one way. The names of the model (process) depend on nothing of ours; the
 * generic form checks know no SOP, lane or schedule rule.
 */
@AnalyzeClasses(packages = "id.go.mojokertokab.asiek", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featurePackagesHaveNoCycle = slices().matching("id.go.mojokertokab.asiek.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theModelsNamesDependOnNothingOfOurs = noClasses().that().resideInAPackage("..asiek.process..")
      .should().dependOnClassesThat().resideInAnyPackage("..asiek.activity..", "..asiek.calendar..", "..asiek.form..",
          "..asiek.notification..", "..asiek.schedule..", "..asiek.security..", "..asiek.sop..", "..asiek.webapp..");

  @ArchTest
  static final ArchRule formChecksKnowNoSopLaneOrSchedule = noClasses().that().resideInAPackage("..asiek.form..")
      .should().dependOnClassesThat().resideInAnyPackage("..asiek.process..", "..asiek.sop..", "..asiek.security..",
          "..asiek.schedule..", "..asiek.activity..");
}
