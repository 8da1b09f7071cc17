/** Pages of features with their total count, as WFS and OGC API answers need them. */
package org.smartland.server.paging;
