import org.facetclaims.core.payer.PayerProfile;

PayerProfile ascFacility = PayerProfile.RT_LT_LINES.toBuilder("my-asc")
    .description("Our ASC contract: RT/LT lines, thoracolumbar junction with the lumbar session")
    .thoracolumbarJunctionAsLumbar(true)
    .build();
PayerProfile byName = PayerProfile.byName("single-line-units").orElseThrow();
