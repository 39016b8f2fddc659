import type { Message } from '../en';
import type { tags as english } from '../en/tags';

/** Spanish: detonantes y acciones para afrontar (la lista para editarlos): solo su pantalla los muestra. */
export const tags: Record<keyof typeof english, Message> = {
  'tags.title': 'Detonantes y acciones',
  'tags.intro':
    'Cambia el nombre, agrega o archiva las opciones de tu registro. Los registros anteriores las conservan: una opción renombrada muestra su nombre nuevo y una archivada sigue apareciendo en tu historial.',
  'tags.triggers': 'Detonantes',
  'tags.coping': 'Acciones que ayudan',
  'tags.addTrigger': 'Agregar un detonante',
  'tags.addCoping': 'Agregar una acción',
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
  'tags.archivedDone': 'Se archivó {name}. Sigue en tu historial.',
  'tags.restoredDone': 'Se recuperó {name}.',
  'tags.error.empty': 'Escribe un nombre.',
  'tags.error.tooLong': 'Usa 40 caracteres o menos.',
  'tags.error.duplicate': 'Ya tienes una opción con este nombre.',
  'tags.error.saveFailed': 'No se guardó: {message}. Vuelve a intentarlo.',
};
