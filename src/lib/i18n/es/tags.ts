import type { Message } from '../en';
import type { tags as english } from '../en/tags';

/** Spanish: detonantes y acciones para afrontar (la lista para editarlos): solo su pantalla los muestra. */
export const tags: Record<keyof typeof english, Message> = {
  'tags.title': 'Detonantes y lo que le ayuda',
  'tags.intro':
    'Cambie el nombre, agregue o archive las opciones de su registro. Los registros anteriores las conservan: una opción renombrada muestra su nombre nuevo y una archivada sigue apareciendo en su historial.',
  'tags.triggers': 'Detonantes',
  'tags.coping': 'Lo que le ayuda',
  'tags.addTrigger': 'Agregar un detonante',
  'tags.addCoping': 'Agregar algo que le ayuda',
  'tags.newName': 'Nombre',
  'tags.add': 'Agregar',
  'tags.rename': 'Renombrar',
  'tags.renameLabel': 'Renombrar {name}',
  'tags.archive': 'Archivar',
  'tags.archiveLabel': 'Archivar {name}',
  'tags.restore': 'Recuperar',
  'tags.restoreLabel': 'Recuperar {name}',
  'tags.save': 'Guardar nombre',
  'tags.cancel': 'Cancelar',
  'tags.archived': 'Archivada',
  'tags.added': 'Se agregó {name}.',
  'tags.renamed': 'Ahora se llama {name}.',
  'tags.archivedDone': 'Se archivó {name}. Sigue en su historial.',
  'tags.restoredDone': 'Se recuperó {name}.',
  'tags.error.empty': 'Escriba un nombre.',
  'tags.error.tooLong': 'Use 40 caracteres o menos.',
  'tags.error.duplicate': 'Ya tiene una opción con este nombre.',
  'tags.error.saveFailed': 'No se guardó: {message}. Vuelva a intentarlo.',
};
