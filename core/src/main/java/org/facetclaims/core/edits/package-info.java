/**
 * Claim edits as dated data: Medically Unlikely Edits ({@link
 * org.facetclaims.core.edits.MueTable}) and NCCI procedure-to-procedure pairs ({@link
 * org.facetclaims.core.edits.PtpTable}), read from files in CMS's published column layouts so that
 * a user can drop in the official quarterly files. {@link
 * org.facetclaims.core.edits.EditTables#bundled()} is the small table shipped with the library.
 *
 * <p>Edits never change lines: exceeding an MUE or meeting a PTP pair is a finding.
 */
package org.facetclaims.core.edits;
