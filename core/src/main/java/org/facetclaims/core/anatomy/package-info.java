/**
 * Spinal anatomy for facet joint coding: {@link org.facetclaims.core.anatomy.Vertebra vertebrae},
 * {@link org.facetclaims.core.anatomy.FacetJoint facet joints} and their
 * {@link org.facetclaims.core.anatomy.JointFamily code families},
 * {@link org.facetclaims.core.anatomy.Nerve nerves} with the nerve-to-joint table in both
 * directions, {@link org.facetclaims.core.anatomy.NeedleTarget needle-target positions}, and
 * {@link org.facetclaims.core.anatomy.Laterality sides}.
 *
 * <p>All types are enums: immutable, comparable in spinal order, and safe to share. Parsing
 * methods ({@code parse}) throw {@link java.lang.IllegalArgumentException} with the reason;
 * {@code tryParse} returns an empty {@link java.util.Optional} instead.
 *
 * <pre>{@code
 * FacetJoint.parse("L4/5").nerves();        // [L3 medial branch, L4 medial branch]
 * Nerve.L4.joints();                        // [L4-L5, L5-S1]
 * NeedleTarget.SACRAL_ALA.nerve();          // L5 dorsal ramus
 * }</pre>
 */
package org.facetclaims.core.anatomy;
