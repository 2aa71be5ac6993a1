package org.gcm.fund.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code limit} and {@code offset} of every list (DESIGN.md section 6). */
public class Paging {

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    @Parameter(description = "Items per page, 1 to 200", example = "20")
    public int limit;

    @QueryParam("offset")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Items to skip", example = "0")
    public int offset;
}
