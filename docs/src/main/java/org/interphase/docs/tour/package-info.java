/** The tour's stops, one per model family; each prints what the models find beside what papers report. */
package org.interphase.docs.tour;
