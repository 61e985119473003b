// Interphase materials: sourced property values in SI, looked up by name; user materials in code or CSV.
import org.interphase.core.*;
import org.interphase.materials.*;

// Lookup by id, alias or formula, in any case; the material prints as a table with its sources.
Material llzo = Materials.get("llzo");
System.out.println(llzo);

// Temperature laws: one core TemperatureLaw per material, the one every model evaluates —
// Arrhenius from σ(25 °C) and Ea, VTF for polymers when the catalog has it.
double sigma60 = llzo.ionicConductivity(Units.celsius(60));   // S/m
System.out.printf("LLZO at 60 °C: %.3g mS/cm, law %s%n", Units.toMScm(sigma60), llzo.conductivityLaw().orElseThrow());

// A σ(25 °C) without activation energy holds at 25 °C only: no temperature dependence is invented.
System.out.println(Materials.LINBO3.conductivityLaw().orElseThrow());
try {
    Materials.LINBO3.ionicConductivity(Units.celsius(60));
} catch (IllegalStateException ex) {
    System.out.println(ex.getMessage());
}

// Every value carries its source, unit, and any range or uncertainty.
PropertyValue e = Materials.LLZO.property(Property.YOUNGS_MODULUS).orElseThrow();
System.out.printf("E(LLZO) = %.1f ± %.1f GPa, %s%n", Units.toGPa(e.value()), Units.toGPa(e.uncertainty().getAsDouble()),
        e.source().citation());

// Absent values are never guessed: the model asks for them.
try {
    Materials.LICOO2.require(Property.FRACTURE_TOUGHNESS);
} catch (IllegalStateException ex) {
    System.out.println(ex.getMessage());
}

// A typo gets the closest names.
try {
    Materials.get("LLZ0");
} catch (IllegalArgumentException ex) {
    System.out.println(ex.getMessage());
}

// Filters by role and family.
Materials.withRole(Role.COATING).forEach(m -> System.out.println("  coating: " + m.id() + " — " + m.name()));
System.out.println("sulfides: " + Materials.withFamily(Family.SULFIDE).stream().map(Material::id).toList());

// Cathode open-circuit voltage vs Li content (Ramadass et al. 2004 fit for LixCoO2).
OcvCurve ocv = Materials.LICOO2.openCircuitVoltage().orElseThrow();
System.out.printf("Li0.5CoO2: %.2f V, Li0.95CoO2: %.2f V vs Li/Li+%n", ocv.voltage(0.5), ocv.voltage(0.95));

// Data of an interface pair: the review's LiCoO2 | LLZO numbers, and Co diffusion into LLZO.
InterfacePair lcoLlzo = InterfacePairs.get(Materials.LICOO2, Materials.LLZO);
System.out.println(lcoLlzo);
double d700 = lcoLlzo.interdiffusion().get(0).diffusivity(Units.celsius(700));
System.out.printf("Co diffuses sqrt(D t) = %.0f nm into LLZO in 1 h at 700 °C%n", Units.toNm(Math.sqrt(d700 * Units.hours(1))));

// A user material in code: a copy with changes, or a new one; every value needs a source.
Source notebook = Source.of("Doe, Roe", 2025, "lab notebook 3, p. 12");
// (a line that ends with "." continues, so the script also runs line by line in the jshell tool)
Material myLno = Material.builder("my-LNO").name("ALD LiNbO3, 5 nm").formula("LiNbO3").family(Family.OXIDE).
        roles(Role.COATING).
        property(Property.IONIC_CONDUCTIVITY, Units.sPerCm(2e-6), notebook, "EIS at 25 °C").
        property(Property.RELATIVE_PERMITTIVITY, 38, notebook).
        build();
Material stiffLco = Materials.LICOO2.toBuilder().property(Property.POISSON_RATIO, 0.25, notebook, "assumed").build();
MaterialCatalog mine = Materials.catalog().with(myLno);
System.out.println(mine.get("my-lno"));
System.out.println("built-in LiCoO2 keeps ν = " + Materials.LICOO2.require(Property.POISSON_RATIO) + ", the copy has ν = "
        + stiffLco.require(Property.POISSON_RATIO));

// User materials from a CSV file (format: see MaterialFiles), merged over the built-in catalog.
java.nio.file.Path csv = java.nio.file.Files.createTempFile("my-materials", ".csv");
java.nio.file.Files.writeString(csv, String.join("\n",
        "kind,id,name,formula,family,roles,aliases,property,value,unit,uncertainty,low,high,authors,year,journal,doi,note",
        "material,my-LPSCl,annealed Li6PS5Cl,,SULFIDE,SOLID_ELECTROLYTE,my argyrodite,,,,,,,,,,,",
        "value,my-LPSCl,,,,,,IONIC_CONDUCTIVITY,2.1,mS/cm,0.1,,,\"Doe, Roe\",2025,\"lab notebook 3, p. 13\",,EIS at 25 °C",
        "value,my-LPSCl,,,,,,IONIC_ACTIVATION_ENERGY,0.32,eV,,,,\"Doe, Roe\",2025,\"lab notebook 3, p. 13\",,"));
MaterialCatalog merged = Materials.withUserFile(csv);
System.out.printf("my argyrodite at 60 °C: %.3g mS/cm (catalog now has %d materials, built-in %d)%n",
        Units.toMScm(merged.get("my argyrodite").ionicConductivity(Units.celsius(60))), merged.size(),
        Materials.catalog().size());
java.nio.file.Files.delete(csv);
