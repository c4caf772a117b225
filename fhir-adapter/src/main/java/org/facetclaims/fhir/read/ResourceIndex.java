package org.facetclaims.fhir.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.facetclaims.fhir.InputException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources of one input, addressable the ways references point at them: a Bundle entry's
 * {@code fullUrl}, {@code Type/id}, an absolute URL ending in {@code Type/id}, and {@code #id}
 * for a resource's contained resources.
 */
public final class ResourceIndex {
  /**
   * A resource with the FHIRPath of where it sits in the input ({@code Bundle.entry[0].resource}).
   */
  public record Located(Resource resource, String path) {}

  private final Map<String, Located> byKey = new HashMap<>();
  private final Map<Located, String> fullUrls = new HashMap<>();
  private final List<Located> all = new ArrayList<>();

  /**
   * Indexes a Bundle's entries, or a single resource.
   *
   * @throws InputException when the Bundle has more than {@code maxResources} entries
   */
  public ResourceIndex(IBaseResource input, int maxResources) {
    if (input instanceof Bundle) {
      Bundle b = (Bundle) input;
      if (b.getEntry().size() > maxResources) {
        throw new InputException(InputException.Kind.TOO_MANY_RESOURCES, "the Bundle has "
            + b.getEntry().size() + " entries; the limit is " + maxResources);
      }
      for (int i = 0; i < b.getEntry().size(); i++) {
        Bundle.BundleEntryComponent e = b.getEntry().get(i);
        Resource r = e.getResource();
        if (r == null) {
          continue;
        }
        Located l = new Located(r, "Bundle.entry[" + i + "].resource");
        all.add(l);
        if (e.hasFullUrl()) {
          byKey.putIfAbsent(e.getFullUrl(), l);
          fullUrls.put(l, e.getFullUrl());
        }
        if (r.getIdElement().hasIdPart()) {
          byKey.putIfAbsent(r.fhirType() + "/" + r.getIdElement().getIdPart(), l);
        }
      }
    } else if (input instanceof Resource) {
      Resource r = (Resource) input;
      Located l = new Located(r, r.fhirType());
      all.add(l);
      if (r.getIdElement().hasIdPart()) {
        byKey.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), l);
      }
    }
  }

  /** Every top-level resource in input order. */
  public List<Located> all() {
    return all;
  }

  /**
   * Resolves a reference made from {@code from}: contained ({@code #id}), then the Bundle by
   * fullUrl, {@code Type/id}, or the tail {@code Type/id} of an absolute URL.
   */
  public Resource resolve(Reference ref, DomainResource from) {
    if (ref == null) {
      return null;
    }
    if (ref.getResource() instanceof Resource) {
      return (Resource) ref.getResource();
    }
    String r = ref.getReference();
    if (r == null || r.isEmpty()) {
      return null;
    }
    if (r.startsWith("#")) {
      String id = r.substring(1);
      for (Resource c : from.getContained()) {
        String cid = c.getIdElement().getIdPart();
        if (cid != null && (cid.equals(id) || cid.equals(r))) {
          return c;
        }
      }
      return null;
    }
    Located l = byKey.get(r);
    if (l == null) {
      String[] parts = r.split("/");
      if (parts.length >= 2) {
        int n = parts.length;
        // Type/id/_history/v or http://host/base/Type/id
        if (n >= 4 && parts[n - 2].equals("_history")) {
          l = byKey.get(parts[n - 4] + "/" + parts[n - 3]);
        } else {
          l = byKey.get(parts[n - 2] + "/" + parts[n - 1]);
        }
      }
    }
    return l == null ? null : l.resource;
  }

  /** The Bundle entry's fullUrl of a resource, or null. */
  public String fullUrlOf(Located l) {
    return fullUrls.get(l);
  }

  /** All top-level resources of a type. */
  public List<Located> ofType(String type) {
    List<Located> out = new ArrayList<>();
    for (Located l : all) {
      if (l.resource.fhirType().equals(type)) {
        out.add(l);
      }
    }
    return out;
  }
}
