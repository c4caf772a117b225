/**
 * What was done to the nerves and how it was guided: {@link
 * org.facetclaims.core.technique.NeurolyticMethod methods} (thermal, cooled and pulsed
 * radiofrequency, cryoablation, laser, electrical heat, chemical), the chemical {@link
 * org.facetclaims.core.technique.NeurolyticAgent agents}, a {@link
 * org.facetclaims.core.technique.Technique} that combines them with a temperature, and {@link
 * org.facetclaims.core.technique.Imaging image guidance}.
 *
 * <p>These are facts from the record. Whether they lead to 64633-64636 or to the unlisted code
 * 64999 is decided by the {@link org.facetclaims.core.codeset.CodeSetEdition code-set edition} of
 * the date of service.
 */
package org.facetclaims.core.technique;
