package org.gcm.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code limit} and {@code offset} of every list (DESIGN.md section 6), as one {@code @BeanParam} so that each
 * list declares, validates and documents them alike.
 */
public class Paging {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;
    /** Paging deeper than this is a bulk read; the open-data exports serve those, not a page at a time. */
    public static final int MAX_OFFSET = 1_000_000;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Items per page, 1 to 200", example = "20")
    public int limit = DEFAULT_LIMIT;

    @QueryParam("offset")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_OFFSET)
    @Parameter(description = "Items to skip, 0 to 1,000,000", example = "0")
    public int offset;

    public Paging() {
    }

    public Paging(int limit, int offset) {
        this.limit = limit;
        this.offset = offset;
    }

    public int limit() {
        return limit;
    }

    public int offset() {
        return offset;
    }
}
