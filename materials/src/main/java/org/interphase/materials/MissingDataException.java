package org.interphase.materials;

/**
 * The catalog lacks a value that a model needs for a material (a property, or enough data for a
 * temperature law). It is an {@link IllegalStateException}, so code that caught that still does; a
 * caller that can go on without the material — a ranking of candidate coatings — catches this type
 * alone and lets every other failure through.
 */
public final class MissingDataException extends IllegalStateException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The catalog id of the material that lacks the value. */
    private final String materialId;

    /**
     * @param materialId the material's catalog id (not null)
     * @param message what is missing and how to supply it (not null)
     * @throws NullPointerException if an argument is null
     */
    public MissingDataException(String materialId, String message) {
        super(org.interphase.core.Checks.nonNull(message, "message"));
        this.materialId = org.interphase.core.Checks.nonNull(materialId, "materialId");
    }

    /** @return the catalog id of the material that lacks the value */
    public String materialId() {
        return materialId;
    }
}
