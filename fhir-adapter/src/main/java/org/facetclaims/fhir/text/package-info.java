/**
 * The clinical text grammar: the one documented way this library reads free text about facet
 * joint nerve destruction (procedure code text, notes, body-site displays and texts, device,
 * medication and substance names). What it cannot place it reports verbatim in
 * {@link org.facetclaims.fhir.text.TextReading#unplaced()}; it never guesses.
 *
 * <pre>{@code
 * TextReading r = ClinicalTextGrammar.standard().read(
 *     "Right L3-4 and L4-5 facet RFA at 80 °C x 90 s under fluoroscopy.");
 * r.sites();                 // [right L3-L4, right L4-L5]
 * r.methods();               // [THERMAL_RF]
 * r.temperatureCelsius();    // 80
 * r.imaging();               // FLUOROSCOPY
 * TextReading.techniqueOf(List.of(r));   // thermal radiofrequency at 80 °C
 * }</pre>
 *
 * <h2>Sites</h2>
 *
 * <p>A <b>site list</b> is a run of elements joined by connectors. Elements:
 * <ul>
 *   <li>joint notations: {@code L4-L5}, {@code L4-5}, {@code L4/5}, {@code L4/L5},
 *       {@code L4–L5} (any dash), {@code C3/4}, {@code C2-3}, {@code C7-T1}, {@code T12-L1},
 *       {@code L5-S1}, {@code C0-C1}, {@code occiput-C1};
 *   <li>single levels: {@code L4}, {@code T12}, and bare numbers after a level in the same
 *       list ({@code L3, 4 and 5}; {@code L3-4, 4-5});
 *   <li>ranges: an element, {@code through}/{@code thru}/{@code to}, an element of the same
 *       shape ({@code L3-4 through L5-S1}, {@code L2 through L4});
 *   <li>{@code third occipital nerve}, {@code TON}; {@code sacral ala}, {@code ala}.
 * </ul>
 * Connectors: {@code ,}, {@code and}, {@code &}, {@code +}, {@code /}, {@code plus},
 * {@code as well as} (", and the" works too).
 *
 * <p>Each element is read with its <b>noun</b>: the noun directly after it; else the next noun to
 * its right in the list on an element of the same shape ("L3 and L4 medial branches"); else a
 * prefix noun before the list ("medial branches of L3 and L4", "levels L3, L4, L5",
 * "transverse process of L4 and L5"); else the default. A weak "level(s)" noun yields to a
 * stronger prefix, so a list introduced by a needle-target phrase stays targets.
 *
 * <table>
 *   <caption>How an element is read</caption>
 *   <tr><th>noun</th><th>joint notation</th><th>single level(s)</th></tr>
 *   <tr><td>none, facet (joint), joint, zygapophyseal joint, level(s)</td>
 *       <td>{@code TreatedSite.joint}</td>
 *       <td>one {@code TreatedSite.levels} for the consecutive levels with one side</td></tr>
 *   <tr><td>medial branch(es) (nerve), MB, MBN, dorsal ramus/rami, nerve(s), facet nerves</td>
 *       <td>the joint's nerves ({@code L4-L5} gives L3 + L4)</td>
 *       <td>that level's nerve ({@code L5} = L5 dorsal ramus, {@code C3 superficial} = TON;
 *       ranges run in nerve order, so C7 through T1 includes C8)</td></tr>
 *   <tr><td>transverse process, TP, superior articular process, SAP, junction (of)</td>
 *       <td>unplaced</td>
 *       <td>lumbar only: L(n) gives the L(n-1) medial branch, L1 gives T12; S1 SAP or ala gives
 *       the L5 dorsal ramus</td></tr>
 *   <tr><td>lateral branch(es)</td><td colspan="2">sacral: the sacroiliac joint (out of
 *       scope); otherwise unplaced</td></tr>
 *   <tr><td>noise: disc, herniation, stenosis, fusion, radiculopathy, root, arthropathy, pain,
 *       weighted, ...; block, injection, MBB (unless an agent is in the sentence)</td>
 *       <td colspan="2">nothing: not a treated site</td></tr>
 * </table>
 *
 * <p>Clinicians' shorthand: a hyphenated range of vertebrae ({@code L2-L4}, {@code C2-6},
 * {@code L3-S1}) is a level list with both its readings in a {@link
 * org.facetclaims.fhir.text.TextQuestion} (joints with a joint noun, targets with a target noun);
 * {@code L5-SA}, {@code L5/ala} are L5-S1; slashed and misspelt nouns ({@code medial/dorsal
 * branch}, {@code median branch}, {@code medial brach}, {@code MB/DR}, {@code DPR}, {@code
 * L5DR}) are nerves; a target list followed by the joints it is for ("TARGETS: L3 and L4
 * transverse processes (L3-4 joint)") is checked for agreement; device names ({@code SMK-C10},
 * a {@code C10} cannula) are not sites.
 *
 * <p>A list right after a history word ({@code prior}, {@code previous}, {@code history of},
 * {@code s/p}, {@code status post}) or a pathology or block noun ("fusion at L4-5",
 * "medial branch blocks at L3, L4") is noise. Identical sites are listed once, and, unless a side
 * is stated for the whole text, a side-less site is dropped when the same target is named with a
 * side in the same text.
 *
 * <h2>Sides</h2>
 *
 * <p>Side words: {@code right}, {@code Rt}, {@code left}, {@code Lt}, {@code bilateral(ly)},
 * {@code bilat}, {@code B/L}, {@code both sides}, {@code right and left} (bilateral), each with an
 * optional {@code -sided}/{@code side}. A bare {@code R} or {@code L} is a side only directly
 * before a level ("R C5, C6 MBRF"), as {@code R-sided}, or as {@code (R)} after an element; a
 * template's unmade choice ({@code right/left}) and other template text ({@code ***}, {@code [ ]},
 * {@code [LEVEL]}, {@code [level]}, {@code L__-L__}) are never read, and become questions. A side
 * before a list (fillers such as "lumbar", "medial branches of the" may come between) applies to
 * the list; a side inside a list applies from there on ("left L4-L5 and right L5-S1"); a side
 * right after an element ("L4-5 (left)", "L4-5 on the right", ", bilaterally") applies to the
 * elements before it that have none. Any other side is {@link
 * org.facetclaims.fhir.text.TextReading#statedSide()}, kept only when all such sides agree.
 * "left in place", "right-handed", "left leg" are not sides.
 *
 * <h2>Methods, agents, temperature, imaging</h2>
 *
 * <p>Methods: radiofrequency, RF, RFA, thermal; ablation, neurotomy, rhizotomy, lesion(ing)
 * (generic); cooled, Coolief; pulsed, PRF; cryo*; laser; electrical heat, electrocoagulation;
 * "chemical" with a destruction word. A qualifier consumes the lesion words after it, so
 * "cooled radiofrequency ablation" is only cooled RF. Agents: phenol; ethanol, (dehydrated,
 * absolute, ethyl) alcohol, but not near prep or social-history words; glycerol, glycerin
 * (dropped when phenol is named); ammonium; hypertonic saline; hypotonic, sterile water (not
 * "reconstituted with"); "no phenol" and "phenol was not used" deny the agent. Temperatures:
 * a number with °C, C, ℃, Celsius, degrees (not an angle such as "25 degrees oblique"), read
 * when 40-100 °C (heat) or -150 to -20 °C (cryo). Imaging: fluoroscop*, fluoro, C-arm; CT,
 * computed tomography, ultrasound, sonograph*, US-guided, MRI, each with a guidance word
 * near it; "without imaging/fluoroscopy", "landmark" give {@code NONE}.
 *
 * <p>Beyond sites and technique a reading reports {@linkplain
 * org.facetclaims.fhir.text.TextReading#questions() questions} for the physician (each naming the
 * finding it becomes), {@linkplain org.facetclaims.fhir.text.TextReading#lesionTemperatures()
 * per-lesion temperatures} when different sites were lesioned at different temperatures, and the
 * {@linkplain org.facetclaims.fhir.text.TextReading#sacroiliacTargets() targets of a sacroiliac
 * procedure} (the L4/L5 dorsal rami named with the S1-S3 lateral branches), which are not facet
 * sites. The FHIR reader ({@code org.facetclaims.fhir.read}) reads all texts of a Procedure as
 * one statement with these: it turns the questions into findings, carries sides across texts,
 * resolves a level list by the joints another text names, codes each lesion at its temperature,
 * and lets a sacroiliac procedure named in one text take its targets from the others
 * ({@link org.facetclaims.fhir.text.TextReading#namesSacroiliacProcedure()}).
 *
 * <p>See {@code docs/text-grammar.md} for the full description with examples and limits.
 */
package org.facetclaims.fhir.text;
