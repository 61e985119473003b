/**
 * The materials catalog: electrodes, solid electrolytes, coatings and interphases, every value
 * with its source, unit and status (checked, recalled, DFT or derived).
 *
 * <p><b>Values.</b> A {@link org.interphase.materials.Material} holds typed SI property values
 * ({@link org.interphase.materials.Property}, {@link org.interphase.materials.PropertyValue}), each with
 * its {@link org.interphase.materials.Source} and, where known, an uncertainty or range. Its ionic
 * conductivity is one {@link org.interphase.core.TemperatureLaw} ({@code conductivityLaw()}), the same
 * law every model evaluates; a value the catalog lacks is a
 * {@link org.interphase.materials.MissingDataException} naming the material and the property.
 *
 * <p><b>Lookup.</b> {@link org.interphase.materials.Materials} is the built-in catalog (by id, alias or
 * formula, case-insensitive, with closest-name suggestions; filters by
 * {@link org.interphase.materials.Role} and {@link org.interphase.materials.Family});
 * {@link org.interphase.materials.InterfacePairs} holds data of electrode | electrolyte pairs
 * (interdiffusion, reaction products with onset temperatures, measured interfacial resistances).
 *
 * <p><b>Your own data.</b> {@link org.interphase.materials.MaterialFiles} reads a documented CSV format
 * into a {@link org.interphase.materials.MaterialCatalog} merged over the built-ins; every error names
 * file, line and field, and a file with an error loads nothing
 * ({@link org.interphase.materials.MaterialFileException}).
 *
 * <p>Nothing in this package solves an equation: models take physical parameters, and the catalog
 * supplies them with their sources (PyBaMM's separation of models and parameter sets).
 */
package org.interphase.materials;
