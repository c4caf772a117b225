/**
 * Code-set editions chosen by date of service, and claim-line modifiers.
 *
 * <p>A {@link org.facetclaims.core.codeset.CodeSetEdition} is one regulatory release as data: the
 * primary and add-on codes of each {@link org.facetclaims.core.anatomy.JointFamily family}, what a
 * unit counts ({@link org.facetclaims.core.codeset.UnitOfService}), separately reported imaging,
 * and the dated rules that route a technique to 64999. {@link
 * org.facetclaims.core.codeset.CodeSetEditions#standard()} holds the legacy per-nerve edition
 * (64622/64623/64626/64627 with 77003/77012, 2007-2011) and the current per-joint edition
 * (64633-64636, 2012 on). Dates of service before 2007 are outside every edition.
 */
package org.facetclaims.core.codeset;
