import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { FOOD_SEARCH_LIMIT_DEFAULT, Food, FoodList, FoodSearchQuery } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { notFound } from '../errors/app-error.js';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { FoodCatalog } from './food-catalog.js';

const FoodIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

/** The food table, read-only: searched while a person picks a food, and one food with its measures. */
export const registerFoodRoutes = (app: FastifyInstance, catalog: FoodCatalog) => {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/api/v1/foods',
    {
      schema: {
        tags: ['foods'],
        summary: 'Search the food table, best match first; typo-tolerant',
        security: BEARER_SECURITY,
        querystring: FoodSearchQuery,
        response: { 200: FoodList, ...problemResponses(400, 401, 429) },
      },
    },
    async (request) => ({
      foods: catalog.search(request.query.q, request.query.limit ?? FOOD_SEARCH_LIMIT_DEFAULT),
    }),
  );
  api.get(
    '/api/v1/foods/:id',
    {
      schema: {
        tags: ['foods'],
        summary: 'One food: its values per 100 g, its measures and its USDA record',
        security: BEARER_SECURITY,
        params: FoodIdParams,
        response: { 200: Food, ...problemResponses(401, 404, 429) },
      },
    },
    async (request) => {
      const food = catalog.get(request.params.id);
      if (!food) throw notFound('Food');
      return food;
    },
  );
};
