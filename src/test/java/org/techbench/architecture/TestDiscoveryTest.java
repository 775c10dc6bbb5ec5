package org.techbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * Every class that holds tests is one that Maven Surefire runs: its default includes take only
 * {@code *Test}, {@code Test*}, {@code *Tests} and {@code *TestCase}, and a test class named otherwise
 * is silently left out of the build.
 */
@AnalyzeClasses(packages = "org.techbench", importOptions = ImportOption.OnlyIncludeTests.class)
class TestDiscoveryTest {

    private static final List<String> TEST_ANNOTATIONS = List.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate",
            "com.tngtech.archunit.junit.ArchTest");

    private static final DescribedPredicate<JavaClass> HOLDS_TESTS = DescribedPredicate.describe("hold tests",
            javaClass -> !javaClass.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                    && javaClass.getAllMembers().stream().anyMatch(member -> TEST_ANNOTATIONS.stream()
                            .anyMatch(member::isAnnotatedWith)));

    @ArchTest
    static final ArchRule everyTestClassIsRunBySurefire = classes().that(HOLDS_TESTS).and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("Test")
            .orShould().haveSimpleNameEndingWith("Tests")
            .orShould().haveSimpleNameStartingWith("Test")
            .orShould().haveSimpleNameEndingWith("TestCase");
}
