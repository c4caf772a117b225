/**
 * Codecs (internal: public only so that the adapter's packages can share it; not part of the
 * library's API and may change in any release).
 *
 * <ul>
 *   <li>Renderers of the documents of {@code org.facetclaims.fhir.claim}, which make no
 *       decision of their own: {@link org.facetclaims.fhir.codec.HapiRenderer} (HAPI R4
 *       resources, for {@code code}, the operation and the Java API) and
 *       {@link org.facetclaims.fhir.codec.JsonRenderer} (compact JSON as UTF-8 bytes, for
 *       {@code bulk}: byte for byte HAPI's encoding of the same document, or it declines and the
 *       caller renders with HAPI).
 *   <li>{@link org.facetclaims.fhir.codec.FastProcedureDecoder}: an ordinary Procedure line
 *       straight into the HAPI objects the reader reads, driven by the R4 model's metadata; what
 *       it does not know goes to HAPI's parser.
 * </ul>
 */
package org.facetclaims.fhir.codec;
