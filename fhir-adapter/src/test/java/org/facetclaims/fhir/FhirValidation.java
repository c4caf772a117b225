package org.facetclaims.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's instance validator against base R4, built once for the test JVM (building it and its
 * first validation take seconds). Errors fail; warnings about code systems the validator cannot
 * check (CPT, the finding system) are expected and ignored.
 */
public final class FhirValidation {
  private static final FhirValidator VALIDATOR = build();

  private FhirValidation() {}

  private static FhirValidator build() {
    FhirContext ctx = FhirContext.forR4Cached();
    ValidationSupportChain chain = new ValidationSupportChain(
        new DefaultProfileValidationSupport(ctx),
        new CommonCodeSystemsTerminologyService(ctx),
        new InMemoryTerminologyServerValidationSupport(ctx),
        new SnapshotGeneratingValidationSupport(ctx));
    FhirInstanceValidator module = new FhirInstanceValidator(chain);
    module.setAnyExtensionsAllowed(true);
    FhirValidator v = ctx.newValidator();
    v.registerValidatorModule(module);
    return v;
  }

  /** The error and fatal messages of validating a resource (empty when it is valid). */
  public static synchronized List<String> errors(IBaseResource resource) {
    ValidationResult r = VALIDATOR.validateWithResult(resource);
    return r.getMessages().stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
            || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(FhirValidation::format)
        .collect(Collectors.toList());
  }

  private static String format(SingleValidationMessage m) {
    return m.getLocationString() + ": " + m.getMessage();
  }
}
