package org.facetclaims.fhir.read;

import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The Claim's parties as a Procedure names them: patient, performer, encounter. */
final class Parties {
  private Parties() {}

  static Reference patient(Procedure p, ResourceIndex index) {
    return p.hasSubject() ? party(p.getSubject(), p, index) : null;
  }

  /** The first performer with an actor. */
  static Reference performer(Procedure p, ResourceIndex index) {
    for (Procedure.ProcedurePerformerComponent pc : p.getPerformer()) {
      if (pc.hasActor()) {
        return party(pc.getActor(), p, index);
      }
    }
    return null;
  }

  static Reference encounter(Procedure p, ResourceIndex index) {
    return p.hasEncounter() ? party(p.getEncounter(), p, index) : null;
  }

  /**
   * A party as the Procedure names it. A reference to a resource contained in the Procedure
   * ({@code #pt}) means nothing outside it: a Claim cannot carry it, and the {@code #pt} of two
   * Procedures are not the same patient (read as they are, they would be grouped into one
   * session). It becomes a reference by identifier (the reference's own, else the contained
   * resource's first) with the resource's type and the reference's display; with neither an
   * identifier nor a display the party is not known (null: the Claim is a draft, FC-508, and the
   * Procedure is a session of its own).
   */
  private static Reference party(Reference ref, Procedure p, ResourceIndex index) {
    if (!ref.hasReference() || !ref.getReference().startsWith("#")) {
      return ref;
    }
    Resource r = index.resolve(ref, p);
    Reference out = new Reference();
    Identifier id = ref.hasIdentifier() ? ref.getIdentifier() : firstIdentifier(r);
    if (id != null && !id.isEmpty()) {
      out.setIdentifier(id.copy());
    }
    if (ref.hasDisplay()) {
      out.setDisplay(ref.getDisplay());
    }
    if (!out.hasIdentifier() && !out.hasDisplay()) {
      return null;
    }
    if (r != null) {
      out.setType(r.fhirType());
    } else if (ref.hasType()) {
      out.setType(ref.getType());
    }
    return out;
  }

  /** The first identifier with a value, of any resource type that has identifiers. */
  private static Identifier firstIdentifier(Resource r) {
    Property ids = r == null ? null : r.getNamedProperty("identifier");
    if (ids != null) {
      for (Base b : ids.getValues()) {
        if (b instanceof Identifier && ((Identifier) b).hasValue()) {
          return (Identifier) b;
        }
      }
    }
    return null;
  }
}
