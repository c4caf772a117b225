package org.facetclaims.fhir.claim;

import java.math.BigDecimal;

/** A FHIR Money: an amount and an ISO 4217 currency code ({@code USD}). */
public record MoneyValue(BigDecimal value, String currency) {}
