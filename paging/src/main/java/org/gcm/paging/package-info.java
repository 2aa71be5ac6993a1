/** The one shape of every list of every service: {@link org.gcm.paging.Page} and {@link org.gcm.paging.Paging}. */
package org.gcm.paging;
