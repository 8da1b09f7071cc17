/**
 * The transparent ranking of candidate projects as pure functions: each project is scored on five
 * "higher is better" criteria, the criteria are min–max normalised over the projects being compared, and a
 * weighted sum or TOPSIS turns them into a score whose per-criterion contributions are returned with it.
 * {@link org.smartland.analytics.ranking.Sensitivity} shows how stable each rank is when the weights are
 * perturbed, and {@link org.smartland.analytics.ranking.PortfolioMatrix} summarises a portfolio by corridor
 * and Comune.
 */
package org.smartland.analytics.ranking;
