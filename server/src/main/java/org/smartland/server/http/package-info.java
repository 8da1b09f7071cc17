/**
 * Cross-cutting HTTP concerns, each in one place: request ids (taken from {@code X-Request-Id} or made up,
 * echoed back, put in the logging context) and the mapping of every exception to a response with the
 * right status and a JSON body {@code {code, description}} — never a stack trace or SQL.
 */
package org.smartland.server.http;
